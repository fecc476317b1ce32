package dyna.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import dyna.core.fixtures.Corridor;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnvironmentCheckerTest {

    @Test
    void aSoundEnvironmentPasses() {
        assertEquals(List.of(), EnvironmentChecker.check(() -> new Corridor(4), 1, 500));
    }

    @Test
    void anEnvironmentThatIgnoresItsSeedFails() {
        Random shared = new Random();
        List<String> problems = EnvironmentChecker.check(() -> new Corridor(4) {
            @Override
            public void step(int action, Step out) {
                super.step(shared.nextBoolean() ? 1 : 0, out);
            }
        }, 1, 500);
        assertTrue(problems.stream().anyMatch(p -> p.contains("different outcomes")), problems.toString());
    }

    @Test
    void anObservationOutsideTheSpaceFails() {
        List<String> problems = EnvironmentChecker.check(() -> new Corridor(4) {
            @Override
            public Space observationSpace() {
                return new Discrete(2);
            }

            @Override
            public Optional<TransitionTable> transitionTable() {
                return Optional.empty();
            }
        }, 1, 50);
        assertTrue(problems.stream().anyMatch(p -> p.contains("observation outside discrete(2)")), problems.toString());
    }

    @Test
    void aTransitionTableThatDisagreesWithTheStepsFails() {
        List<String> problems = EnvironmentChecker.check(() -> new Corridor(4) {
            @Override
            public List<Outcome> outcomes(int state, int action) {
                return state == 3 ? List.of() : List.of(new Outcome(1, state, 0, false));
            }
        }, 1, 50);
        assertTrue(problems.stream().anyMatch(p -> p.contains("which the transition table does not list")),
                problems.toString());
    }
}
