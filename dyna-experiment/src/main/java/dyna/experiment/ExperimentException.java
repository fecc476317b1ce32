package dyna.experiment;

/**
 * An experiment that cannot be run as given: an unknown id, a parameter no component declares, a
 * value out of range, a protocol the environment cannot serve. The message is one line for the
 * user, starting with where the cause stands ({@code file:line:column}) when it is known.
 */
public final class ExperimentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with its message. */
    public ExperimentException(String message) {
        super(message);
    }

    /** An error with its message and cause. */
    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
