package dyna.testkit;

import dyna.api.env.Environment;
import dyna.api.env.GridLayout;
import dyna.api.env.Outcome;
import dyna.api.env.Simulator;
import dyna.api.env.StateCoordinates;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.env.TransitionTable;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The checks every environment must pass, built-in or plugged in:
 * <ul>
 *   <li>seeding: two fresh environments reset with the same seed give the same first
 *       observation, and the same trajectories under the same actions, episode after episode;</li>
 *   <li>spaces: every observation lies in the observation space, every reward is finite, and a
 *       reset is neither rewarded nor done;</li>
 *   <li>transition table, where one is offered: its sizes match the spaces, the initial and
 *       outcome probabilities sum to 1, and every real step is one of the table's outcomes;</li>
 *   <li>simulator, where one is offered and is deterministic (two draws agree): from each
 *       observation and action it gives the real step's termination, next observation and
 *       reward, the last two to {@value #SIMULATOR_TOLERANCE} relative to max(1, |value|)
 *       (observations may be rounded to float, and a reward computed from one with them), and
 *       it never truncates.</li>
 *   <li>actions: a box of actions has finite bounds with low &lt; high; random actions are drawn
 *       uniformly from it, and neither the environment nor its simulator writes into the action
 *       it is given;</li>
 *   <li>state coordinates, where offered: bounded, and the points of a grid over them observed
 *       inside the observation box;</li>
 *   <li>grid layout, where one is offered ({@link GridLayout}): the observations are discrete,
 *       each cell holds a state of the space or -1, no state lies in two cells, and every state
 *       the random walk reaches has a cell.</li>
 * </ul>
 */
public final class EnvironmentChecker {

    private static final double TOLERANCE = 1e-9;
    private static final double SIMULATOR_TOLERANCE = 1e-4;

    private EnvironmentChecker() {
    }

    /**
     * Runs every check on environments from {@code factory}, taking random actions.
     *
     * @param steps the number of real steps per trajectory (over as many episodes as they span)
     * @return the problems found, one line each; empty when the environment passes
     */
    public static List<String> check(Supplier<Environment> factory, long seed, int steps) {
        List<String> problems = new ArrayList<>();
        Environment first = factory.get();
        Environment second = factory.get();
        if (!first.observationSpace().equals(second.observationSpace())
                || !first.actionSpace().equals(second.actionSpace())) {
            problems.add("two environments from one factory have different spaces");
            return problems;
        }
        Space space = first.observationSpace();
        Step a = buffer(space);
        Step b = buffer(space);
        first.reset(seed, a);
        second.reset(seed, b);
        checkReset(space, a, problems);
        if (!same(a, b)) {
            problems.add("reset with the same seed gave different first observations");
        }
        SplittableRandom random = new SplittableRandom(seed);
        ProbeActions actions = new ProbeActions(first.actionSpace());
        if (first.actionSpace() instanceof Box box) {
            checkActionBox(box, problems);
        }
        TransitionTable table = first.transitionTable().orElse(null);
        if (table != null) {
            if (actions.box()) {
                problems.add("a transition table needs discrete actions, but the actions are "
                        + first.actionSpace().describe());
                return problems;
            }
            checkTable(table, space, actions.count(), problems);
        }
        Transition taken = new Transition(space, first.actionSpace(), 1);
        java.util.Set<Integer> reached = new java.util.HashSet<>();
        reached.add(a.state());
        int previous = a.state();
        Simulator simulator = space instanceof Box ? first.simulator().orElse(null) : null;
        double[] before = a.observation().clone();
        Step simulated = buffer(space);
        for (int t = 0; t < steps && problems.size() < 10; t++) {
            actions.draw(random, taken);
            System.arraycopy(a.observation(), 0, before, 0, before.length);
            if (!actions.take(first, taken, a)) {
                problems.add("step " + t + ": the environment wrote into the action it was given, which it must only "
                        + "read");
            }
            actions.take(second, taken, b);
            if (!same(a, b)) {
                problems.add("step " + t + ": the same seed and actions gave different outcomes");
                break;
            }
            checkStep(space, a, t, problems);
            if (table != null && space instanceof Discrete) {
                checkAgainstTable(table, previous, taken.action(), a, t, problems);
            }
            if (simulator != null) {
                checkAgainstSimulator(simulator, before, taken, a, simulated, t, problems);
            }
            previous = a.state();
            reached.add(a.state());
            if (a.done()) {
                first.reset(a);
                second.reset(b);
                checkReset(space, a, problems);
                if (!same(a, b)) {
                    problems.add("step " + t + ": a later reset gave different observations for the same seed");
                    break;
                }
                previous = a.state();
                reached.add(a.state());
            }
        }
        first.stateCoordinates().ifPresent(coordinates -> checkCoordinates(coordinates, space, problems));
        if (first instanceof GridLayout grid && problems.size() < 10) {
            checkGrid(grid, space, reached, problems);
        }
        return problems;
    }

    private static void checkGrid(GridLayout grid, Space space, java.util.Set<Integer> reached, List<String> problems) {
        if (!(space instanceof Discrete discrete)) {
            problems.add("a grid layout needs discrete observations, not " + space.describe());
            return;
        }
        if (grid.rows() < 1 || grid.columns() < 1) {
            problems.add("the grid layout has " + grid.rows() + " rows and " + grid.columns() + " columns");
            return;
        }
        java.util.Map<Integer, String> cells = new java.util.HashMap<>();
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                int state = grid.stateAt(r, c);
                if (state < -1 || state >= discrete.n()) {
                    problems.add("the grid layout puts state " + state + " at (" + r + ", " + c + "), outside "
                            + discrete.describe());
                } else if (state >= 0 && cells.put(state, "(" + r + ", " + c + ")") != null) {
                    problems.add("the grid layout puts state " + state + " in two cells, " + cells.get(state)
                            + " among them");
                }
            }
        }
        for (int state : new java.util.TreeSet<>(reached)) {
            if (!cells.containsKey(state)) {
                problems.add("state " + state + " was reached but the grid layout has no cell for it");
                break;
            }
        }
    }

    private static Step buffer(Space space) {
        return space instanceof Box box ? new Step(box.dimensions()) : new Step();
    }

    private static boolean same(Step a, Step b) {
        return a.state() == b.state() && Arrays.equals(a.observation(), b.observation())
                && Double.compare(a.reward(), b.reward()) == 0 && a.terminated() == b.terminated()
                && a.truncated() == b.truncated();
    }

    private static void checkReset(Space space, Step step, List<String> problems) {
        if (!contains(space, step)) {
            problems.add("reset gave an observation outside " + space.describe());
        }
        if (step.done() || step.reward() != 0) {
            problems.add("reset must give reward 0 and an episode that is not done");
        }
    }

    private static void checkStep(Space space, Step step, int t, List<String> problems) {
        if (!contains(space, step)) {
            problems.add("step " + t + ": observation outside " + space.describe());
        }
        if (!Double.isFinite(step.reward())) {
            problems.add("step " + t + ": reward " + step.reward() + " is not finite");
        }
    }

    private static boolean contains(Space space, Step step) {
        if (space instanceof Discrete discrete) {
            return discrete.contains(step.state());
        }
        return ((Box) space).contains(step.observation());
    }

    private static void checkTable(TransitionTable table, Space space, int actions, List<String> problems) {
        if (!(space instanceof Discrete discrete) || table.stateCount() != discrete.n()
                || table.actionCount() != actions) {
            problems.add("the transition table's sizes do not match the spaces");
            return;
        }
        double initial = 0;
        for (int s = 0; s < table.stateCount(); s++) {
            initial += table.initialProbability(s);
            for (int a = 0; a < actions; a++) {
                List<Outcome> outcomes = table.outcomes(s, a);
                if (outcomes.isEmpty()) {
                    continue;
                }
                double total = 0;
                for (Outcome o : outcomes) {
                    total += o.probability();
                    if (!(o.probability() > 0) || !discrete.contains(o.nextState())) {
                        problems.add("transition table: bad outcome " + o + " of (" + s + ", " + a + ")");
                    }
                }
                if (Math.abs(total - 1) > TOLERANCE) {
                    problems.add("transition table: probabilities of (" + s + ", " + a + ") sum to " + total);
                }
            }
        }
        if (Math.abs(initial - 1) > TOLERANCE) {
            problems.add("transition table: initial probabilities sum to " + initial);
        }
    }

    private static void checkAgainstSimulator(Simulator simulator, double[] observation, Transition taken, Step real,
            Step simulated, int t, List<String> problems) {
        Step other = new Step(observation.length);
        String action;
        if (taken.actionDimensions() > 0) {
            double[] given = taken.actionVector().clone();
            simulator.simulate(observation, given, new SplittableRandom(1), simulated);
            simulator.simulate(observation, given, new SplittableRandom(2), other);
            action = Arrays.toString(taken.actionVector());
            if (!Arrays.equals(given, taken.actionVector())) {
                problems.add("step " + t + ": the simulator wrote into the action it was given, which it must only read");
            }
        } else {
            simulator.simulate(observation, taken.action(), new SplittableRandom(1), simulated);
            simulator.simulate(observation, taken.action(), new SplittableRandom(2), other);
            action = Integer.toString(taken.action());
        }
        if (!same(simulated, other)) {
            return;
        }
        double worst = 0;
        for (int k = 0; k < observation.length; k++) {
            worst = Math.max(worst, Math.abs(simulated.observation()[k] - real.observation()[k])
                    / Math.max(1, Math.abs(real.observation()[k])));
        }
        double rewardError = Math.abs(simulated.reward() - real.reward()) / Math.max(1, Math.abs(real.reward()));
        if (worst > SIMULATOR_TOLERANCE || !(rewardError <= SIMULATOR_TOLERANCE)
                || simulated.terminated() != real.terminated() || simulated.truncated()) {
            problems.add("step " + t + ": the simulator from " + Arrays.toString(observation) + " under action "
                    + action + " gave " + Arrays.toString(simulated.observation()) + ", reward " + simulated.reward()
                    + ", terminated " + simulated.terminated() + ", truncated " + simulated.truncated()
                    + "; the environment gave " + Arrays.toString(real.observation()) + ", reward " + real.reward()
                    + ", terminated " + real.terminated());
        }
    }

    /** State coordinates, where offered: bounded, and every point of a grid over them observed inside the observation box. */
    private static void checkCoordinates(StateCoordinates coordinates, Space space, List<String> problems) {
        Box box = coordinates.coordinates();
        if (!(space instanceof Box observations)) {
            problems.add("state coordinates need box observations, not " + space.describe());
            return;
        }
        double[] point = new double[box.dimensions()];
        double[] observation = new double[observations.dimensions()];
        int[] index = new int[box.dimensions()];
        for (int n = 0; n < Math.pow(5, Math.min(box.dimensions(), 4)); n++) {
            int rest = n;
            for (int k = 0; k < box.dimensions(); k++) {
                index[k] = k < 4 ? rest % 5 : 2;
                rest /= k < 4 ? 5 : 1;
                if (!Double.isFinite(box.low(k)) || !Double.isFinite(box.high(k))) {
                    problems.add("state coordinate " + box.name(k) + " is unbounded; coordinates need finite bounds");
                    return;
                }
                point[k] = box.low(k) + (box.high(k) - box.low(k)) * index[k] / 4;
            }
            coordinates.observe(point, observation);
            if (!observations.contains(observation)) {
                problems.add("state coordinates " + Arrays.toString(point) + " are observed as "
                        + Arrays.toString(observation) + ", outside " + observations.describe());
                return;
            }
        }
    }

    /** A box of actions must be bounded: agents draw from it and squash into it. */
    private static void checkActionBox(Box box, List<String> problems) {
        for (int i = 0; i < box.dimensions(); i++) {
            if (!Double.isFinite(box.low(i)) || !Double.isFinite(box.high(i)) || !(box.low(i) < box.high(i))) {
                problems.add("action dimension " + box.name(i) + " has bounds [" + box.low(i) + ", " + box.high(i)
                        + "]; a box of actions needs finite bounds with low < high");
            }
        }
    }

    private static void checkAgainstTable(TransitionTable table, int state, int action, Step step, int t,
            List<String> problems) {
        boolean found = table.outcomes(state, action).stream().anyMatch(o -> o.nextState() == step.state()
                && Double.compare(o.reward(), step.reward()) == 0 && o.terminated() == step.terminated());
        if (!found) {
            problems.add("step " + t + ": (" + state + ", " + action + ") gave state " + step.state() + ", reward "
                    + step.reward() + ", which the transition table does not list");
        }
    }
}
