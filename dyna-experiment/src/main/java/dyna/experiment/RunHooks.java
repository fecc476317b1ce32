package dyna.experiment;

import dyna.core.agent.DynaAgent;
import java.io.IOException;

/**
 * What happens to a run's agent around its run, on the machine that runs it: loading a saved
 * agent into it before the first step, saving it after the last. A hook that fails fails the run,
 * with its message.
 */
public interface RunHooks {

    /** No hooks: fresh agents, nothing saved. */
    RunHooks NONE = new RunHooks() {
    };

    /** Before run {@code run} (0-based) of {@code point} takes its first step. */
    default void starting(ExperimentPoint point, int run, DynaAgent agent) throws IOException {
    }

    /** After run {@code run} (0-based) of {@code point} has ended. */
    default void finished(ExperimentPoint point, int run, DynaAgent agent) throws IOException {
    }
}
