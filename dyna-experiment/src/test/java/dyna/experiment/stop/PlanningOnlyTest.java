package dyna.experiment.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import dyna.api.env.TransitionTable;
import dyna.testkit.SlipperyCorridor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pure planning (Figure 8.8's experiment): its settings, its checkpoints and the start state it values. */
class PlanningOnlyTest {

    @Test
    void itsSettingsNeedAnUpdateForEveryCheckpoint() {
        assertEquals("planning-only updates must be at least 1, not 0", assertThrows(IllegalArgumentException.class,
                () -> new PlanningOnly(0, 1)).getMessage(), "the updates' own error, not the checkpoints'");
        assertThrows(IllegalArgumentException.class, () -> new PlanningOnly(10, 0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PlanningOnly(3, 4)).getMessage()
                .contains("checkpoints (4) must be at most the planning updates (3)"));
        PlanningOnly everyUpdate = new PlanningOnly(4, 4);
        assertEquals("planning-only", everyUpdate.key());
        assertEquals(List.of(PlanningOnly.START_VALUE), everyUpdate.measures());
        assertTrue(everyUpdate.bytesPerRun() >= 8 * 5, "five values a run");
    }

    /** Checkpoints split the updates as evenly as whole numbers allow, from 0 to all of them. */
    @Test
    void checkpointsSplitTheUpdatesEvenly() {
        PlanningOnly planning = new PlanningOnly(10, 4);
        int[] at = new int[5];
        for (int k = 0; k <= 4; k++) {
            at[k] = planning.updatesAt(k);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {0, 2, 5, 7, 10}, at);
        assertEquals(2_000_000_000, new PlanningOnly(2_000_000_000, 3).updatesAt(3), "no overflow on the way");
    }

    /**
     * The start state is the most likely initial state, wherever it is, the first of equally likely
     * ones; an environment without a table is refused.
     */
    @Test
    void theStartStateIsTheMostLikelyInitialState() {
        for (int start = 0; start < 4; start++) {
            int chosen = start;
            Environment corridor = new WithTable(new SlipperyCorridor(4), chosen, 0.7);
            assertEquals(start, PlanningOnly.startState(corridor));
        }
        assertEquals(0, PlanningOnly.startState(new WithTable(new SlipperyCorridor(4), 3, 0.1)), "all equally likely");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlanningOnly.startState(new SlipperyCorridor(4)))
                .getMessage().contains("need an environment that gives its transition table"));
    }

    /**
     * A corridor that gives a transition table where {@code start} has initial probability {@code
     * p} and every other state 0.1 (so {@code p} = 0.1 makes every state as likely).
     */
    private record WithTable(SlipperyCorridor corridor, int start, double p) implements Environment {
        @Override
        public Space observationSpace() {
            return corridor.observationSpace();
        }

        @Override
        public Discrete actionSpace() {
            return corridor.actionSpace();
        }

        @Override
        public void reset(long seed, Step out) {
            corridor.reset(seed, out);
        }

        @Override
        public void reset(Step out) {
            corridor.reset(out);
        }

        @Override
        public void step(int action, Step out) {
            corridor.step(action, out);
        }

        @Override
        public Optional<TransitionTable> transitionTable() {
            return Optional.of(new TransitionTable() {
                @Override
                public int stateCount() {
                    return 4;
                }

                @Override
                public int actionCount() {
                    return 2;
                }

                @Override
                public double initialProbability(int state) {
                    if (state < 0 || state >= 4) {
                        throw new IndexOutOfBoundsException("no state " + state);
                    }
                    return state == start ? p : 0.1;
                }

                @Override
                public List<Outcome> outcomes(int state, int action) {
                    return List.of();
                }
            });
        }
    }
}
