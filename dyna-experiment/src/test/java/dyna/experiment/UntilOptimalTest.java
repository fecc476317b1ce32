package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.stop.UntilOptimal;
import dyna.testkit.SlipperyCorridor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running until the greedy path is optimal (Figure 8.5's measure): its settings, its path limit and its cap. */
class UntilOptimalTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    private static DynaAgent agent(String planningSteps) {
        return AgentFactory.of(AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze")
                .with("planning-steps", planningSteps))).create(4);
    }

    @Test
    void itsSettingsAreAPathFactorOfAtLeastOneAndAnUpdateCap() {
        assertEquals(1.0, new UntilOptimal(1, 1).pathFactor());
        assertEquals(1e9, new UntilOptimal(1e9, 1).pathFactor());
        assertThrows(IllegalArgumentException.class, () -> new UntilOptimal(0.999, 10));
        assertThrows(IllegalArgumentException.class, () -> new UntilOptimal(1.1e9, 10));
        assertThrows(IllegalArgumentException.class, () -> new UntilOptimal(1.2, 0));
        UntilOptimal some = new UntilOptimal(1.2, 10);
        assertEquals("until-optimal", some.key());
        assertEquals(List.of(UntilOptimal.UPDATES), some.measures());
        assertTrue(some.bytesPerRun() >= 16, "two numbers a run");
    }

    /** The maze's shortest path is 14 steps; a factor allows the whole steps within it, and nothing else is accepted. */
    @Test
    void thePathLimitIsTheShortestPathTimesTheFactorRoundedDown() {
        var maze = agent("0").environment();
        assertEquals(14, UntilOptimal.pathLimit(maze, 1));
        assertEquals(16, UntilOptimal.pathLimit(maze, 1.2));
        assertEquals(21, UntilOptimal.pathLimit(maze, 1.5), "1.5 x 14 is exactly 21");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UntilOptimal.pathLimit(new SlipperyCorridor(3), 1))
                .getMessage().contains("needs an environment that gives its transition table"));
    }

    /**
     * A run counts direct and planning updates together, goes on episode after episode until the
     * greedy path is within the limit, and gives up at the cap (then says it did not get there).
     */
    @Test
    void aRunCountsEveryUpdateAndStopsAtOptimalOrAtItsCap() {
        DynaAgent planning = agent("50");
        RunResult reached = new UntilOptimal(1, 10_000_000).run(planning, null);
        assertEquals(1, reached.series(UntilOptimal.REACHED)[0]);
        assertEquals(planning.counters().realSteps() + planning.counters().planningUpdates(),
                (long) reached.of(UntilOptimal.UPDATES)[0]);
        assertTrue(planning.counters().planningUpdates() > 0);

        DynaAgent capped = agent("0");
        RunResult gaveUp = new UntilOptimal(1, 1).run(capped, null);
        assertEquals(0, gaveUp.series(UntilOptimal.REACHED)[0], "one episode of Q-learning does not find the path");
        assertEquals(1, capped.counters().episodes(), "the cap is passed in the first episode");

        int first = agent("0").runEpisode().steps();
        DynaAgent exactly = agent("0");
        new UntilOptimal(1, first).run(exactly, null);
        assertEquals(1, exactly.counters().episodes(), "a cap of " + first + " updates is reached by the first episode");
        DynaAgent oneMore = agent("0");
        new UntilOptimal(1, first + 1).run(oneMore, null);
        assertEquals(2, oneMore.counters().episodes(), "a cap of " + (first + 1) + " is not");
    }
}
