package dyna.app.cli;

import dyna.experiment.StopCondition;
import dyna.experiment.stop.Episodes;
import dyna.experiment.stop.PlanningOnly;
import dyna.experiment.stop.Steps;
import dyna.experiment.stop.UntilOptimal;
import dyna.experiment.stop.UntilSolved;
import picocli.CommandLine.Option;

/** When runs stop, as the command line gives it: one protocol and its settings. */
final class StopOptions {

    @Option(names = "--episodes", paramLabel = "N",
            description = "Episodes per run (default: 50); writes episodes.csv and episodes.png.")
    Integer episodes;

    @Option(names = "--steps", paramLabel = "N",
            description = "Real steps per run, across episodes, instead of --episodes; writes steps.csv and steps.png.")
    Integer steps;

    @Option(names = "--until-optimal",
            description = "Run each run until its greedy policy is near optimal, instead of --episodes; writes "
                    + "optimal.csv and optimal.png (updates until optimal).")
    boolean untilOptimal;

    @Option(names = "--path-factor", paramLabel = "F",
            description = "With --until-optimal: near optimal means a path within F times the shortest "
                    + "(default: the file's, else 1.2).")
    Double pathFactor;

    @Option(names = "--max-updates", paramLabel = "N",
            description = "With --until-optimal: a run that has not got there after N updates stops as not "
                    + "reached (default: the file's, else 100000000).")
    Long maxUpdates;

    @Option(names = "--until-solved", paramLabel = "RETURN",
            description = "Run each run until the mean return of the last --window episodes reaches RETURN (for "
                    + "example 475 on cart-pole), instead of --episodes; writes solved.csv and solved.png (real steps "
                    + "until solved).")
    Double untilSolved;

    @Option(names = "--window", paramLabel = "N",
            description = "With --until-solved: the episodes the mean return is over (default: the file's, else 100).")
    Integer window;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "With --until-solved: a run not solved after N real steps stops as not solved "
                    + "(default: the file's, else 1000000).")
    Long maxSteps;

    @Option(names = "--planning-only", paramLabel = "N",
            description = "Pure planning, no real step: N planning updates from the start state, tracking the start "
                    + "state's exact value under the greedy policy; writes planning.csv and planning.png.")
    Integer planningOnly;

    @Option(names = "--checkpoints", paramLabel = "K",
            description = "With --planning-only: evaluate the greedy policy at K evenly spaced points "
                    + "(default: the file's, else 20).")
    Integer checkpoints;

    /** The stop condition the options give, or null when none is given. */
    StopCondition condition() {
        return condition(null);
    }

    /**
     * The stop condition of an experiment whose own is {@code base} (null for none) once the
     * options change it: a protocol named replaces the base's; a setting named changes that
     * setting alone, every other one kept from the base when it is of the same protocol, else at
     * its default. Null when no option is given.
     *
     * @throws UsageException for two protocols, or a setting of a protocol the experiment does not stop by
     */
    StopCondition condition(StopCondition base) {
        int count = (episodes != null ? 1 : 0) + (steps != null ? 1 : 0) + (untilOptimal ? 1 : 0)
                + (planningOnly != null ? 1 : 0) + (untilSolved != null ? 1 : 0);
        if (count > 1) {
            throw new UsageException("give one of --episodes, --steps, --until-optimal, --until-solved and "
                    + "--planning-only");
        }
        String protocol = untilSolved != null ? "until-solved" : planningOnly != null ? "planning-only"
                : untilOptimal ? "until-optimal" : steps != null ? "steps" : episodes != null ? "episodes"
                : base == null ? "episodes" : base.key();
        settingOf("--window", window, "until-solved", protocol, base);
        settingOf("--max-steps", maxSteps, "until-solved", protocol, base);
        settingOf("--checkpoints", checkpoints, "planning-only", protocol, base);
        settingOf("--path-factor", pathFactor, "until-optimal", protocol, base);
        settingOf("--max-updates", maxUpdates, "until-optimal", protocol, base);
        boolean settings = window != null || maxSteps != null || checkpoints != null || pathFactor != null
                || maxUpdates != null;
        if (count == 0 && !settings) {
            return null;
        }
        try {
            switch (protocol) {
                case "until-solved" -> {
                    UntilSolved kept = base instanceof UntilSolved same ? same : null;
                    return new UntilSolved(untilSolved != null ? untilSolved : kept.threshold(),
                            window != null ? window : kept != null ? kept.window() : UntilSolved.DEFAULT_WINDOW,
                            maxSteps != null ? maxSteps : kept != null ? kept.maxSteps() : UntilSolved.DEFAULT_MAX_STEPS);
                }
                case "planning-only" -> {
                    PlanningOnly kept = base instanceof PlanningOnly same ? same : null;
                    return new PlanningOnly(planningOnly != null ? planningOnly : kept.updates(),
                            checkpoints != null ? checkpoints : kept != null ? kept.checkpoints() : PlanningOnly.DEFAULT_CHECKPOINTS);
                }
                case "until-optimal" -> {
                    UntilOptimal kept = base instanceof UntilOptimal same ? same : null;
                    return new UntilOptimal(pathFactor != null ? pathFactor : kept != null ? kept.pathFactor()
                            : UntilOptimal.DEFAULT_PATH_FACTOR,
                            maxUpdates != null ? maxUpdates : kept != null ? kept.maxUpdates()
                            : UntilOptimal.DEFAULT_MAX_UPDATES);
                }
                case "steps" -> {
                    return new Steps(steps);
                }
                default -> {
                    return new Episodes(episodes);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage(), e);
        }
    }

    /** Refuses a setting of {@code owner}'s when the experiment stops by another protocol. */
    private static void settingOf(String option, Object value, String owner, String protocol, StopCondition base) {
        if (value != null && !owner.equals(protocol)) {
            throw new UsageException(option + " is a setting of --" + owner + ", but the experiment stops by "
                    + protocol + (base != null && base.key().equals(protocol) ? " (its file's stop)" : "")
                    + "; give --" + owner + " too, or leave " + option + " out");
        }
    }
}
