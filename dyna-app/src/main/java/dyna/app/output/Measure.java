package dyna.app.output;

import dyna.app.experiment.RunResult;

/** What a run is measured by, against what x, as {@code summary.csv} and the charts show it. */
public enum Measure {
    /** Real steps of each episode, against the episode. */
    EPISODE_STEPS("episode", "steps"),
    /** The return (undiscounted sum of rewards) of each episode, against the episode. */
    EPISODE_RETURN("episode", "return"),
    /** Cumulative reward after each real step, against the step. */
    CUMULATIVE_REWARD("step", "cumulative_reward"),
    /** The start state's greedy value at each checkpoint, against the checkpoint's updates. */
    START_VALUE("updates", "start_value"),
    /** Direct and planning updates until the greedy policy is near optimal; one value per run. */
    UPDATES_UNTIL_OPTIMAL("", "updates");

    private final String x;
    private final String label;

    Measure(String x, String label) {
        this.x = x;
        this.label = label;
    }

    /** The name of the x value, for example {@code episode}; empty for one value per run. */
    public String x() {
        return x;
    }

    /** The measure's name, for example {@code steps}. */
    public String label() {
        return label;
    }

    /**
     * The measures a stop condition can report, the first being the one charted.
     */
    public static java.util.List<Measure> of(dyna.app.experiment.StopCondition stop) {
        if (stop instanceof dyna.app.experiment.StopCondition.Steps) {
            return java.util.List.of(CUMULATIVE_REWARD);
        }
        if (stop instanceof dyna.app.experiment.StopCondition.UntilOptimal) {
            return java.util.List.of(UPDATES_UNTIL_OPTIMAL);
        }
        if (stop instanceof dyna.app.experiment.StopCondition.PlanningOnly) {
            return java.util.List.of(START_VALUE);
        }
        return java.util.List.of(EPISODE_STEPS, EPISODE_RETURN);
    }

    /** The run's values, one per x. */
    public double[] of(RunResult run) {
        return switch (this) {
            case EPISODE_STEPS -> java.util.Arrays.stream(run.episodeSteps()).asDoubleStream().toArray();
            case EPISODE_RETURN -> run.episodeReturns();
            case CUMULATIVE_REWARD -> {
                double[] cumulative = run.stepRewards().clone();
                for (int t = 1; t < cumulative.length; t++) {
                    cumulative[t] += cumulative[t - 1];
                }
                yield cumulative;
            }
            case START_VALUE -> run.startValues();
            case UPDATES_UNTIL_OPTIMAL -> new double[] {run.updates()};
        };
    }
}
