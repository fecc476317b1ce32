package dyna.experiment.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.core.agent.AgentCounters;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.SweepPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the episodes and steps conditions promise beyond their runs. The lines under an episodes table that keep a mean from misleading: how many episodes ended at
 * a step limit, and which points' planners made fewer updates than their budget, by how much.
 */
class EpisodesSummaryTest {

    private static RunResult run(double planningSteps, double[] steps, double[] updates, double[] truncated) {
        return new RunResult(Map.of("planning_steps", new double[] {planningSteps}, "steps", steps,
                "planning_updates", updates, "truncated", truncated), new AgentCounters(steps.length, 0, 0, 0));
    }

    private static SweepPoint point(String planningSteps) {
        return new SweepPoint(Map.of("planning-steps", planningSteps), Map.of("planning-steps", planningSteps));
    }

    @Test
    void pointsThatPlannedLessThanTheirBudgetAreNamedWithTheShareMade() {
        double[] none = {0, 0};
        ResultTable table = new ResultTable(List.of("planning-steps"), List.of(point("0"), point("5"), point("10"),
                point("50")), new RunResult[][] {
                    {run(0, new double[] {10, 20}, new double[] {0, 0}, none)},
                    {run(5, new double[] {10, 20}, new double[] {50, 100}, none)},
                    {run(10, new double[] {60, 40}, new double[] {600, 380}, none),
                        run(10, new double[] {50, 50}, new double[] {500, 500}, none)},
                    {run(50, new double[] {10, 10}, new double[] {300, 300}, none)}});
        assertEquals("\nplanning updates made, against their budget (planning-steps x real steps): 99.0% at "
                + "planning-steps=10; 60.0% at planning-steps=50 (column planning_updates in episodes.csv)\n",
                Episodes.underBudget(table));
        ResultTable spent = new ResultTable(List.of(), List.of(new SweepPoint(Map.of(), Map.of())), new RunResult[][] {
            {run(10, new double[] {100}, new double[] {995}, new double[] {0})}});
        assertEquals("", Episodes.underBudget(spent), "99.5% of the budget counts as spent");
        ResultTable short_ = new ResultTable(List.of(), List.of(new SweepPoint(Map.of(), Map.of())), new RunResult[][] {
            {run(10, new double[] {100}, new double[] {994}, new double[] {0})}});
        assertEquals("\nplanning updates made, against their budget (planning-steps x real steps): 99.4% (column "
                + "planning_updates in episodes.csv)\n", Episodes.underBudget(short_), "nothing swept, no point named");
        ResultTable older = new ResultTable(List.of(), List.of(new SweepPoint(Map.of(), Map.of())), new RunResult[][] {
            {new RunResult(Map.of("steps", new double[] {3}), new AgentCounters(1, 3, 0, 0))}});
        assertEquals("", Episodes.underBudget(older), "runs that did not record their budget say nothing");
    }

    @Test
    void episodesEndedAtAStepLimitAreCountedWithTheirRuns() {
        ResultTable table = new ResultTable(List.of(), List.of(new SweepPoint(Map.of(), Map.of())), new RunResult[][] {
            {run(0, new double[] {5, 5, 5}, new double[] {0, 0, 0}, new double[] {1, 0, 1}),
                run(0, new double[] {5, 5, 5}, new double[] {0, 0, 0}, new double[] {0, 0, 0}),
                run(0, new double[] {5, 5, 5}, new double[] {0, 0, 0}, new double[] {0, 0, 1})}});
        assertEquals("\n3 episode(s) in 2 run(s) ended at a step limit (max-episode-steps or the environment's time "
                + "limit) rather than in a terminal state: a failure where the goal is terminal (mazes, Mountain Car), a "
                + "success where ending is failing (CartPole); their steps count at the limit in these means (column "
                + "truncated in episodes.csv)\n", Episodes.truncation(table));
        ResultTable none = new ResultTable(List.of(), List.of(new SweepPoint(Map.of(), Map.of())), new RunResult[][] {
            {run(0, new double[] {5}, new double[] {0}, new double[] {0})}});
        assertEquals("", Episodes.truncation(none));
    }

    /** At least one episode; the memory a run's series take is within what the run says it needs. */
    @Test
    void aRunOfEpisodesNeedsAtLeastOneAndSaysWhatItsSeriesTake() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Episodes(0));
        // steps, return, truncated, planning_updates: a double each per episode, and 32 bytes of the
        // episode's own (its result and the summary's share): the estimate that sizes a sweep's memory
        assertEquals((32 + 8L * 4) * 1000, new Episodes(1000).bytesPerRun());
    }

    /** A run of steps takes at least one, and says it needs a number a step. */
    @Test
    void aRunOfStepsNeedsAtLeastOneAndANumberAStep() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Steps(0));
        assertEquals(8L * 3000, new Steps(3000).bytesPerRun());
    }
}
