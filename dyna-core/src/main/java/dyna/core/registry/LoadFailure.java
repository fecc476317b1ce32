package dyna.core.registry;

import dyna.api.provider.ComponentKind;

/**
 * A provider that could not be loaded; the others still load.
 *
 * @param kind     the kind of provider that was being loaded
 * @param provider the provider's class name, or what is known of it
 * @param origin   the module or jar it came from, where known
 * @param reason   one line that says what went wrong
 */
public record LoadFailure(ComponentKind kind, String provider, String origin, String reason) {

    @Override
    public String toString() {
        return kind.label() + " provider " + provider + " (" + origin + "): " + reason;
    }
}
