package dyna.testkit;

import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.model.ModelCapability;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.provider.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The checks every planner must pass, built in or plugged in, through a {@link
 * PlanningContextDouble} over a tabular model (samples, distributions and predecessors) learned
 * from a random walk in a {@link SlipperyCorridor}, with search controls of the checker's own:
 * <ul>
 *   <li>{@code plan(n)} makes at most n planning updates, and {@code plan(0)} none;</li>
 *   <li>it plans: with a search control that hands known pairs, {@code plan(n)} makes updates;</li>
 *   <li>it stops when the search control has nowhere to start ({@code next} returns false), and
 *       asks it again at the next call;</li>
 *   <li>it never simulates a pair the model does not know, given a search control that {@linkplain
 *       SearchControl#mayHandUnknownPairs() may hand one} (as {@code recent-states} does while a
 *       learned model warms up);</li>
 *   <li>it is a function of its random stream: two planners from the same seed move the values alike.</li>
 * </ul>
 * Planners that need expectations (over features, such as {@code linear-dyna}) are not checked here.
 */
public final class PlannerChecker {

    private static final int STATES = 8;
    private static final int ACTIONS = 2;
    private static final int CALLS = 40;
    private static final int BUDGET = 7;

    private PlannerChecker() {
    }

    /**
     * Checks a planner.
     *
     * @return the problems found, one line each; empty when the planner passes
     * @throws IllegalArgumentException for a planner that needs expectations
     */
    public static List<String> check(PlannerProvider provider, Parameters parameters, long seed) {
        if (provider.requires().contains(ModelCapability.EXPECTATION)) {
            throw new IllegalArgumentException("planner " + provider.id() + " needs expectations over features; "
                    + "PlannerChecker checks planners over tabular models");
        }
        Set<String> problems = new LinkedHashSet<>();
        String id = "planner " + provider.id();

        PlanningContextDouble known = context(seed);
        Planner planner = plan(provider, parameters, known, c -> new KnownPairs(c, seed), problems, id);
        if (planner != null) {
            long before = known.planningUpdates();
            planner.plan(0);
            if (known.planningUpdates() != before) {
                problems.add(id + ": plan(0) made " + (known.planningUpdates() - before) + " planning updates");
            }
            if (known.planningUpdates() == 0) {
                problems.add(id + ": made no planning update in " + CALLS + " calls of plan(" + BUDGET
                        + ") with a search control that always has a known pair to start from");
            }
            if (!known.unknownSimulated().isEmpty()) {
                problems.add(id + ": simulated pairs the model does not know: " + known.unknownSimulated());
            }
        }

        PlanningContextDouble nowhere = context(seed);
        Nowhere empty = new Nowhere();
        planner = plan(provider, parameters, nowhere, c -> empty, problems, id);
        if (planner != null) {
            if (nowhere.planningUpdates() != 0) {
                problems.add(id + ": made " + nowhere.planningUpdates() + " planning updates with a search control "
                        + "that has nowhere to start");
            }
            if (empty.asked < CALLS) {
                problems.add(id + ": asked a search control with nowhere to start only " + empty.asked + " times in "
                        + CALLS + " calls of plan(" + BUDGET + ")");
            }
        }

        PlanningContextDouble unknown = context(seed);
        planner = plan(provider, parameters, unknown, c -> new SomeUnknownPairs(c, seed), problems, id);
        if (planner != null && !unknown.unknownSimulated().isEmpty()) {
            problems.add(id + ": simulated " + unknown.unknownSimulated().size() + " pairs the model does not know, "
                    + "from a search control that says it may hand them (mayHandUnknownPairs); ask Model.knows first, "
                    + "for example " + unknown.unknownSimulated().get(0));
        }

        PlanningContextDouble again = context(seed);
        if (plan(provider, parameters, again, c -> new KnownPairs(c, seed), problems, id) != null
                && !Arrays.equals(known.table().toArray(), again.table().toArray())) {
            problems.add(id + ": two planners from the same seed, planning alike, left different values");
        }
        return new ArrayList<>(problems);
    }

    /** A context over a model that has learned from 200 steps of a random walk (some pairs stay unknown). */
    private static PlanningContextDouble context(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CountingModel model = new CountingModel(STATES, ACTIONS, random.split());
        SlipperyCorridor corridor = new SlipperyCorridor(STATES);
        Step step = new Step();
        corridor.reset(seed, step);
        Transition real = new Transition(0, 1);
        int state = step.state();
        for (int i = 0; i < 200; i++) {
            int action = state < STATES / 2 ? random.nextInt(ACTIONS) : 1;   // the far end's left moves stay unknown
            corridor.step(action, step);
            real.start(state, action).outcome(step);
            model.observe(real);
            state = step.state();
            if (step.done()) {
                corridor.reset(step);
                state = step.state();
            }
        }
        return new PlanningContextDouble(model, STATES, ACTIONS, 0.5, 0.9, seed);
    }

    /** Creates the planner with the given control and calls plan(BUDGET) many times; null (and a problem) when it throws. */
    private static Planner plan(PlannerProvider provider, Parameters parameters, PlanningContextDouble context,
            java.util.function.Function<PlanningContext, SearchControl> control, Set<String> problems, String id) {
        try {
            context.searchControl(control);
            Planner planner = provider.create(parameters, context);
            for (int call = 0; call < CALLS; call++) {
                long before = context.planningUpdates();
                planner.plan(BUDGET);
                long made = context.planningUpdates() - before;
                if (made > BUDGET) {
                    problems.add(id + ": plan(" + BUDGET + ") made " + made + " planning updates, more than its budget");
                }
            }
            return planner;
        } catch (RuntimeException e) {
            problems.add(id + ": throws " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    /** Hands a random pair the model knows, always. */
    private static final class KnownPairs implements SearchControl {
        private final PlanningContext context;
        private final SplittableRandom random;

        KnownPairs(PlanningContext context, long seed) {
            this.context = context;
            this.random = new SplittableRandom(seed ^ 0x5eed);
        }

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean next(Transition start) {
            for (int tries = 0; tries < 1000; tries++) {
                start.start(random.nextInt(STATES), random.nextInt(ACTIONS));
                if (context.model().knows(start)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Hands any pair, known or not, and says so. */
    private static final class SomeUnknownPairs implements SearchControl {
        private final SplittableRandom random;

        SomeUnknownPairs(PlanningContext context, long seed) {
            this.random = new SplittableRandom(seed ^ 0xbad);
        }

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean next(Transition start) {
            start.start(random.nextInt(STATES), random.nextInt(ACTIONS));
            return true;
        }

        @Override
        public boolean mayHandUnknownPairs() {
            return true;
        }
    }

    /** Has nowhere to start, and counts how often it was asked. */
    private static final class Nowhere implements SearchControl {
        private int asked;

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean next(Transition start) {
            asked++;
            return false;
        }
    }
}
