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
import dyna.core.fixtures.Line;
import dyna.core.fixtures.Throttle;
import dyna.api.space.Box;
import dyna.testkit.EnvironmentChecker;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checker passes a sound environment and fires each of its checks on an environment broken for it. */
class EnvironmentCheckerTest {

    @Test
    void aSoundEnvironmentPasses() {
        assertEquals(List.of(), EnvironmentChecker.check(() -> new Corridor(4), 1, 500));
        assertEquals(List.of(), EnvironmentChecker.check(Line::new, 1, 500));
        assertEquals(List.of(), EnvironmentChecker.check(Throttle::new, 1, 500));
    }

    /** A corridor whose environment methods are fine but whose table the checker must not trust blindly. */
    private static class NoTable extends Corridor {
        NoTable() {
            super(4);
        }

        @Override
        public Optional<TransitionTable> transitionTable() {
            return Optional.empty();
        }
    }

    static Stream<Arguments> brokenEnvironments() {
        // Shared between the two environments a check makes, so that they differ for sure.
        int[] made = new int[1];
        int[] resets = new int[1];
        int[] laterResets = new int[1];
        int[] steps = new int[1];
        return Stream.of(
                Arguments.of("spaces that differ between two environments", (Supplier<Environment>) () ->
                        new Corridor(made[0]++ % 2 == 0 ? 4 : 5), "two environments from one factory have different spaces"),
                Arguments.of("a first observation outside the space", (Supplier<Environment>) () -> new NoTable() {
                    @Override
                    public void reset(long seed, Step out) {
                        out.set(7, 0, false, false);
                    }
                }, "reset gave an observation outside discrete(4)"),
                Arguments.of("a rewarded reset", (Supplier<Environment>) () -> new Corridor(4) {
                    @Override
                    public void reset(long seed, Step out) {
                        super.reset(seed, out);
                        out.set(0, 1, false, false);
                    }
                }, "reset must give reward 0 and an episode that is not done"),
                Arguments.of("a reset that ignores its seed", (Supplier<Environment>) () -> new NoTable() {
                    @Override
                    public void reset(long seed, Step out) {
                        out.set(resets[0]++ % 3, 0, false, false);
                    }
                }, "reset with the same seed gave different first observations"),
                Arguments.of("steps that ignore the seed", (Supplier<Environment>) () -> new Corridor(4) {
                    @Override
                    public void step(int action, Step out) {
                        super.step(steps[0]++ % 3 == 0 ? 1 : 0, out);
                    }
                }, "the same seed and actions gave different outcomes"),
                Arguments.of("an observation outside the space", (Supplier<Environment>) () -> new NoTable() {
                    @Override
                    public Space observationSpace() {
                        return new Discrete(2);
                    }
                }, "observation outside discrete(2)"),
                Arguments.of("a reward that is not finite", (Supplier<Environment>) () -> new NoTable() {
                    @Override
                    public void step(int action, Step out) {
                        super.step(action, out);
                        out.set(out.state(), Double.NaN, out.terminated(), false);
                    }
                }, "reward NaN is not finite"),
                Arguments.of("a later reset that ignores the seed", (Supplier<Environment>) () -> new NoTable() {
                    @Override
                    public void reset(Step out) {
                        out.set(laterResets[0]++ % 3, 0, false, false);
                    }
                }, "a later reset gave different observations for the same seed"),
                Arguments.of("a table of the wrong size", (Supplier<Environment>) () -> new Corridor(4) {
                    @Override
                    public int stateCount() {
                        return 5;
                    }
                }, "the transition table's sizes do not match the spaces"),
                Arguments.of("an outcome outside the states", (Supplier<Environment>) () -> new Corridor(4) {
                    @Override
                    public List<Outcome> outcomes(int state, int action) {
                        return state == 1 ? List.of(new Outcome(1, 9, 0, false)) : super.outcomes(state, action);
                    }
                }, "transition table: bad outcome"),
                Arguments.of("outcome probabilities that do not sum to 1", (Supplier<Environment>) () -> new Corridor(4) {
                    @Override
                    public List<Outcome> outcomes(int state, int action) {
                        return state == 1 ? List.of(new Outcome(0.5, 2, 0, false)) : super.outcomes(state, action);
                    }
                }, "transition table: probabilities of (1, 0) sum to 0.5"),
                Arguments.of("initial probabilities that do not sum to 1", (Supplier<Environment>) () -> new Corridor(4) {
                    @Override
                    public double initialProbability(int state) {
                        return state == 0 ? 0.5 : 0;
                    }
                }, "transition table: initial probabilities sum to 0.5"),
                Arguments.of("steps that the table does not list", (Supplier<Environment>) () -> new Corridor(4) {
                    @Override
                    public List<Outcome> outcomes(int state, int action) {
                        return state == 3 ? List.of() : List.of(new Outcome(1, state, 0, false));
                    }
                }, "which the transition table does not list"),
                Arguments.of("a simulator that is off", (Supplier<Environment>) () -> new Line() {
                    @Override
                    public void simulate(double[] observation, int action, RandomGenerator random, Step out) {
                        super.simulate(observation, action, random, out);
                        out.observation()[0] += 0.01;
                    }
                }, "the simulator from"),
                Arguments.of("a simulator that truncates", (Supplier<Environment>) () -> new Line() {
                    @Override
                    public void simulate(double[] observation, int action, RandomGenerator random, Step out) {
                        super.simulate(observation, action, random, out);
                        out.set(out.reward(), out.terminated(), true);
                    }
                }, "truncated true"),
                Arguments.of("an environment that writes into its box action", (Supplier<Environment>) () ->
                        new Throttle() {
                            @Override
                            public void step(double[] action, Step out) {
                                super.step(action, out);
                                action[0] = 0;
                            }
                        }, "the environment wrote into the action it was given"),
                Arguments.of("a box of actions without bounds", (Supplier<Environment>) () -> new Throttle() {
                    @Override
                    public Box actionSpace() {
                        return new Box(new double[] {Double.NEGATIVE_INFINITY}, new double[] {1});
                    }
                }, "a box of actions needs finite bounds"),
                Arguments.of("state coordinates observed outside the box", (Supplier<Environment>) () -> new Throttle() {
                    @Override
                    public Optional<dyna.api.env.StateCoordinates> stateCoordinates() {
                        return Optional.of(new dyna.api.env.StateCoordinates() {
                            @Override
                            public Box coordinates() {
                                return new Box(new double[] {0}, new double[] {20});
                            }

                            @Override
                            public void observe(double[] point, double[] observation) {
                                observation[0] = point[0];
                            }
                        });
                    }
                }, "are observed as [15.0], outside box([0.0], [10.0])"),
                Arguments.of("a box-action simulator whose reward is off", (Supplier<Environment>) () ->
                        new Throttle() {
                            @Override
                            public void simulate(double[] observation, double[] action, RandomGenerator random,
                                    Step out) {
                                super.simulate(observation, action, random, out);
                                out.set(out.reward() - 0.01, out.terminated(), false);
                            }
                        }, "the simulator from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEnvironments")
    void eachCheckFiresOnAnEnvironmentBrokenForIt(String broken, Supplier<Environment> factory, String expected) {
        List<String> problems = EnvironmentChecker.check(factory, 1, 500);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), broken + ": expected '" + expected + "' in "
                + problems);
    }
}
