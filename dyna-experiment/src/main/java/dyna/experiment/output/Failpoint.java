package dyna.experiment.output;

import java.io.IOException;

/**
 * Stops the process at a given step of writing a result set, as {@code kill -9} or {@code kill
 * -TERM} would there, so that tests can check that readers never see a mixture and that the next
 * run finishes the set, whatever step a process stops at. Set by the system property {@code
 * dyna.failpoint=commit:STEP:halt} (the process stops at once, running nothing more) or {@code
 * commit:STEP:term} (the process sends itself SIGTERM and goes on, as a signal arriving then
 * would find it); absent, it does nothing.
 */
final class Failpoint {

    private static final String PROPERTY = "dyna.failpoint";

    private Failpoint() {
    }

    /** Called at step {@code step} (from 0) of moving a result set into place. */
    static void commit(int step) {
        String setting = System.getProperty(PROPERTY);
        if (setting == null || !setting.startsWith("commit:" + step + ":")) {
            return;
        }
        if (setting.endsWith(":halt")) {
            Runtime.getRuntime().halt(137);
        }
        if (setting.endsWith(":term")) {
            try {
                new ProcessBuilder("kill", "-TERM", Long.toString(ProcessHandle.current().pid())).start().waitFor();
                awaitShutdown();
            } catch (IOException e) {
                throw new IllegalStateException("failpoint: cannot signal this process", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits until the JVM has begun shutting down, so that the signal is surely being handled
     * while this step goes on (otherwise the process could finish first and exit 0).
     */
    private static void awaitShutdown() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Thread probe = new Thread(() -> { }, "dyna-failpoint-probe");
        while (System.nanoTime() < deadline) {
            try {
                Runtime.getRuntime().addShutdownHook(probe);
                Runtime.getRuntime().removeShutdownHook(probe);
            } catch (IllegalStateException shuttingDown) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("failpoint: SIGTERM did not start the JVM's shutdown within 10 s");
    }
}
