package dyna.envs.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dyna.api.env.Outcome;
import dyna.api.env.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomTaskTest {

    @Test
    void everyPairEndsWithProbabilityOneTenthOrGoesToOneOfItsBNextStates() {
        RandomTask task = new RandomTask(100, 3, 0.1);
        task.reset(5, new Step());
        for (int s = 0; s < 100; s++) {
            for (int a = 0; a < 2; a++) {
                List<Outcome> outcomes = task.outcomes(s, a);
                assertEquals(4, outcomes.size());
                assertEquals(0.1, outcomes.get(0).probability(), 1e-12);
                assertEquals(true, outcomes.get(0).terminated());
                for (Outcome o : outcomes.subList(1, 4)) {
                    assertEquals(0.3, o.probability(), 1e-12);
                }
            }
        }
    }

    @Test
    void eachSeedIsADifferentTaskAndTheSameSeedTheSameTask() {
        RandomTask task = new RandomTask(100, 1, 0.1);
        task.reset(1, new Step());
        List<Outcome> first = task.outcomes(0, 0);
        task.reset(2, new Step());
        assertNotEquals(first, task.outcomes(0, 0));
        task.reset(1, new Step());
        assertEquals(first, task.outcomes(0, 0));
    }

    @Test
    void episodesStartInStateZeroAndLastTenStepsOnAverage() {
        RandomTask task = new RandomTask(50, 2, 0.1);
        Step step = new Step();
        task.reset(3, step);
        long steps = 0;
        int episodes = 20_000;
        for (int e = 0; e < episodes; e++) {
            task.reset(step);
            assertEquals(0, step.state());
            do {
                task.step(e % 2, step);
                steps++;
            } while (!step.terminated());
        }
        // Geometric with p = 0.1: mean 10, standard deviation about 9.5.
        assertEquals(10.0, (double) steps / episodes, 4 * 9.5 / Math.sqrt(episodes));
    }

    @Test
    void aTaskTooLargeForItsTableIsRefusedBeforeAnythingIsAllocated() {
        RandomTaskProvider provider = new RandomTaskProvider();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> provider.create(dyna.api.provider.Parameters.resolve(provider.parameters(),
                        java.util.Map.of("states", "1000000", "branching", "1000"))));
        assertEquals("random-task: states x 2 actions x branching = 2000000000 outcomes; at most 50000000 are allowed",
                e.getMessage());
    }
}
