package dyna.core.registry;

/**
 * A configuration that cannot work: an unknown id, a duplicate id, a parameter that is not
 * declared or out of range. Its message is one line for users: what, where, what is valid.
 */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message for users. */
    public ConfigurationException(String message) {
        super(message);
    }

    /** An exception with a message for users and the cause behind it. */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
