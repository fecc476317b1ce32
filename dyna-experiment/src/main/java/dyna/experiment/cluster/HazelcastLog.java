package dyna.experiment.cluster;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Hazelcast's log as a Dyna command shows it: while a member starts, nothing (why it cannot start
 * is the exception's one-line message); once it runs, each error as one line on standard error.
 * With {@code --verbose}, everything from INFO up, stack traces included, as the JDK logs it.
 */
final class HazelcastLog {

    /** Held here: a logger nobody holds may be collected, and its settings forgotten. */
    private static final Logger LOG = Logger.getLogger("com.hazelcast");
    private static final Handler ONE_LINE = new OneLineHandler();

    private HazelcastLog() {
    }

    /** Before a member starts. */
    static synchronized void starting(boolean verbose) {
        configure(verbose, Level.OFF);
    }

    /** After a member started or failed to. */
    static synchronized void started(boolean verbose) {
        configure(verbose, Level.SEVERE);
    }

    private static void configure(boolean verbose, Level quiet) {
        LOG.removeHandler(ONE_LINE);
        LOG.setUseParentHandlers(verbose);
        LOG.setLevel(verbose ? Level.INFO : quiet);
        if (!verbose) {
            LOG.addHandler(ONE_LINE);
        }
    }

    /** Prints a record's message, its first line only, without its stack trace. */
    private static final class OneLineHandler extends Handler {

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String message = String.valueOf(record.getMessage());
            int end = message.indexOf('\n');
            System.err.println("dyna: hazelcast " + record.getLevel().getName().toLowerCase(java.util.Locale.ROOT)
                    + ": " + (end < 0 ? message : message.substring(0, end)).strip());
            System.err.flush();
        }

        @Override
        public void flush() {
            System.err.flush();
        }

        @Override
        public void close() {
        }
    }
}
