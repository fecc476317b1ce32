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

    @Option(names = "--path-factor", paramLabel = "F", defaultValue = "1.2",
            description = "With --until-optimal: near optimal means a path within F times the shortest "
                    + "(default: ${DEFAULT-VALUE}).")
    double pathFactor;

    @Option(names = "--max-updates", paramLabel = "N", defaultValue = "100000000",
            description = "With --until-optimal: a run that has not got there after N updates stops as not "
                    + "reached (default: ${DEFAULT-VALUE}).")
    long maxUpdates;

    @Option(names = "--until-solved", paramLabel = "RETURN",
            description = "Run each run until the mean return of the last --window episodes reaches RETURN (for "
                    + "example 475 on cart-pole), instead of --episodes; writes solved.csv and solved.png (real steps "
                    + "until solved).")
    Double untilSolved;

    @Option(names = "--window", paramLabel = "N", defaultValue = "100",
            description = "With --until-solved: the episodes the mean return is over (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "1000000",
            description = "With --until-solved: a run not solved after N real steps stops as not solved "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxSteps;

    @Option(names = "--planning-only", paramLabel = "N",
            description = "Pure planning, no real step: N planning updates from the start state, tracking the start "
                    + "state's exact value under the greedy policy; writes planning.csv and planning.png.")
    Integer planningOnly;

    @Option(names = "--checkpoints", paramLabel = "K", defaultValue = "20",
            description = "With --planning-only: evaluate the greedy policy at K evenly spaced points "
                    + "(default: ${DEFAULT-VALUE}).")
    int checkpoints;

    /** The stop condition the options give, or null when none is given. */
    StopCondition condition() {
        int count = (episodes != null ? 1 : 0) + (steps != null ? 1 : 0) + (untilOptimal ? 1 : 0)
                + (planningOnly != null ? 1 : 0) + (untilSolved != null ? 1 : 0);
        if (count > 1) {
            throw new UsageException("give one of --episodes, --steps, --until-optimal, --until-solved and "
                    + "--planning-only");
        }
        try {
            if (untilSolved != null) {
                return new UntilSolved(untilSolved, window, maxSteps);
            }
            if (planningOnly != null) {
                return new PlanningOnly(planningOnly, checkpoints);
            }
            if (untilOptimal) {
                return new UntilOptimal(pathFactor, maxUpdates);
            }
            if (steps != null) {
                return new Steps(steps);
            }
            return episodes == null ? null : new Episodes(episodes);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage(), e);
        }
    }
}
