package dyna.core.agent;

import dyna.api.provider.ComponentKind;

/**
 * A component broke its contract at run time: an environment gave a state outside its space or
 * a reward that is not a finite number. Names the kind of component at fault, so that the run
 * can be reported against it.
 */
public final class ComponentFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ComponentKind kind;

    /** A failure of the component of {@code kind}. */
    public ComponentFailure(ComponentKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** The kind of component at fault. */
    public ComponentKind kind() {
        return kind;
    }
}
