package dyna.experiment.cluster;

/**
 * A cluster member that cannot start as its options ask: the port is taken, the address to
 * listen on is not this machine's. The message is one line that names the option to change; the
 * command line reports it as a usage error.
 */
public final class ClusterOptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with its message and cause. */
    public ClusterOptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
