package dyna.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.model.UncertaintyModel;
import dyna.core.agent.ComponentFailure;
import dyna.api.planning.Planner;
import dyna.api.planning.SearchControl;
import dyna.api.provider.Parameters;
import dyna.testkit.PlanningContextDouble;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MBPO's rollouts: their length follows the horizon schedule as real steps are taken. */
class BranchedRolloutsTest {

    /** A model that knows every pair and never ends an episode: a rollout runs its whole horizon. */
    private static final class EndlessModel implements Model {
        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            return true;
        }

        @Override
        public void sample(Transition query) {
            query.outcome((query.state() + 1) % 4, 0, false, false);
        }
    }

    /** A search control that always offers state 0. */
    private static final class AlwaysStateZero implements SearchControl {
        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean next(Transition start) {
            start.start(0, 0);
            return true;
        }
    }

    /** The updates of each real step's planning: one rollout per step, so its length. */
    private static List<Long> rolloutLengths(Map<String, String> parameters, int realSteps) {
        PlanningContextDouble context = new PlanningContextDouble(new EndlessModel(), 4, 2, 0.5, 0.9, 1);
        context.searchControl(c -> new AlwaysStateZero());
        BranchedRolloutsProvider provider = new BranchedRolloutsProvider();
        Map<String, String> given = new java.util.HashMap<>(parameters);
        given.put("starts", "1");
        Planner planner = provider.create(Parameters.resolve(provider.parameters(), given), context);
        List<Long> lengths = new ArrayList<>();
        for (int step = 0; step < realSteps; step++) {
            long before = context.planningUpdates();
            planner.plan(1_000);
            lengths.add(context.planningUpdates() - before);
        }
        return lengths;
    }

    /**
     * MBPO's linear schedule, horizon 1 at the first real step to 5 after 8: the rollout of real
     * step t has floor(1 + 4 t / 8) steps, then 5 for good. A schedule that never advanced would
     * plan rollouts of 1 step forever.
     */
    @Test
    void theRolloutHorizonFollowsTheScheduleAtEachRealStep() {
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L, 5L),
                rolloutLengths(Map.of("horizon-from", "1", "horizon-to", "5", "horizon-steps", "8"), 11));
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L, 1L), rolloutLengths(Map.of("horizon-from", "5", "horizon-to", "1",
                "horizon-steps", "4"), 6), "a schedule may shorten the rollouts too");
        assertEquals(List.of(3L, 3L, 3L), rolloutLengths(Map.of("horizon", "3"), 3));
        assertEquals(List.of(0L, 0L), rolloutLengths(Map.of("horizon", "0"), 2), "horizon 0 plans nothing");
    }

    /** A schedule may start or end at horizon 0 (no planning); one given by half is refused. */
    @Test
    void aScheduleMayReachHorizonZeroAndMustBeGivenWhole() {
        assertEquals(List.of(0L, 0L, 1L, 1L, 2L, 2L), rolloutLengths(Map.of("horizon-from", "0", "horizon-to", "2",
                "horizon-steps", "4"), 6));
        assertEquals(List.of(2L, 1L, 0L, 0L), rolloutLengths(Map.of("horizon-from", "2", "horizon-to", "0",
                "horizon-steps", "2"), 4));
        for (Map<String, String> half : List.of(Map.of("horizon-from", "0"), Map.of("horizon-to", "0"))) {
            assertThrows(IllegalArgumentException.class, () -> rolloutLengths(half, 1), half.toString());
        }
    }

    /** A control that always offers state 0 and counts the starts it handed out. */
    private static final class CountingStarts implements SearchControl {
        int handed;

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean next(Transition start) {
            handed++;
            start.start(0, 0);
            return true;
        }
    }

    /** No start is drawn that no update follows: not once the budget is spent, nor past the cap on starts. */
    @Test
    void noStartIsDrawnPastTheBudgetOrTheCap() {
        for (String[] setting : new String[][] {{"0", "8", "2"}, {"2", "100", "2"}}) {
            PlanningContextDouble context = new PlanningContextDouble(new EndlessModel(), 4, 2, 0.5, 0.9, 1);
            CountingStarts control = new CountingStarts();
            context.searchControl(c -> control);
            BranchedRolloutsProvider provider = new BranchedRolloutsProvider();
            provider.create(Parameters.resolve(provider.parameters(), Map.of("horizon", "4", "starts", setting[0])),
                    context).plan(Integer.parseInt(setting[1]));
            assertEquals(Integer.parseInt(setting[2]), control.handed, "starts " + setting[0] + ", budget " + setting[1]);
        }
    }

    /** With no cap on starts, rollouts are made until the budget is spent, the last one cut short. */
    @Test
    void rolloutsFillTheBudgetAndTheLastIsCutShort() {
        PlanningContextDouble context = new PlanningContextDouble(new EndlessModel(), 4, 2, 0.5, 0.9, 1);
        context.searchControl(c -> new AlwaysStateZero());
        BranchedRolloutsProvider provider = new BranchedRolloutsProvider();
        Planner planner = provider.create(Parameters.resolve(provider.parameters(), Map.of("horizon", "4")), context);
        planner.plan(10);
        assertEquals(10, context.planningUpdates(), "4 + 4 + 2");
        assertEquals(10, context.simulated().size());
    }

    /**
     * An endless model that is the more unsure the further a rollout goes: its uncertainty is the
     * number of steps simulated since the rollout started (or {@code fixed} when that is set).
     */
    private static final class GrowingDoubt implements UncertaintyModel {
        int rollouts;
        int inRollout;
        double fixed = -1;

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            return true;
        }

        @Override
        public void startRollout(Transition start, Object state) {
            rollouts++;
            inRollout = 0;
        }

        @Override
        public void sample(Transition query) {
            inRollout++;
            query.outcome((query.state() + 1) % 4, 0, false, false);
        }

        @Override
        public double uncertainty(Transition query) {
            return fixed >= 0 || Double.isNaN(fixed) ? fixed : inRollout;
        }
    }

    /** A search control that always offers state 0 and counts the updates it hears of. */
    private static final class CountingControl implements SearchControl {
        int heard;

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean next(Transition start) {
            start.start(0, 0);
            return true;
        }

        @Override
        public void updated(Transition simulated, double error) {
            heard++;
        }
    }

    private static Planner planner(GrowingDoubt model, CountingControl control, Map<String, String> parameters,
            PlanningContextDouble[] context) {
        context[0] = new PlanningContextDouble(model, 4, 2, 0.5, 0.9, 1);
        context[0].searchControl(c -> control);
        BranchedRolloutsProvider provider = new BranchedRolloutsProvider();
        return provider.create(Parameters.resolve(provider.parameters(), parameters), context[0]);
    }

    /** Starts caps the rollouts of a real step; each starts the model's rollout and each update is told to search control. */
    @Test
    void startsCapsTheRolloutsAndEachUpdateIsToldToSearchControl() {
        GrowingDoubt model = new GrowingDoubt();
        CountingControl control = new CountingControl();
        PlanningContextDouble[] context = new PlanningContextDouble[1];
        Planner planner = planner(model, control, Map.of("horizon", "3", "starts", "2"), context);
        planner.plan(1_000);
        assertEquals(6, context[0].planningUpdates(), "two rollouts of three steps");
        assertEquals(2, model.rollouts, "the model starts each rollout");
        assertEquals(6, control.heard, "search control hears of every update");
    }

    /**
     * A rollout stops at the first step the model is more unsure of than max-uncertainty (an
     * uncertainty equal to it goes on); a NaN uncertainty is the model's fault, named as such;
     * and max-uncertainty needs a model that offers uncertainty.
     */
    @Test
    void aRolloutStopsWhereTheModelIsTooUnsure() {
        GrowingDoubt model = new GrowingDoubt();
        PlanningContextDouble[] context = new PlanningContextDouble[1];
        Planner planner = planner(model, new CountingControl(), Map.of("horizon", "10", "starts", "1",
                "max-uncertainty", "2"), context);
        planner.plan(1_000);
        assertEquals(3, context[0].planningUpdates(), "uncertainties 0, 1 and 2 go on; 3 stops");
        model.fixed = Double.NaN;
        ComponentFailure failure = assertThrows(ComponentFailure.class, () -> planner.plan(1_000));
        assertTrue(failure.getMessage().contains("is NaN (valid: a number of at least 0)"), failure.getMessage());
        model.fixed = 0;
        long before = context[0].planningUpdates();
        planner.plan(1_000);
        assertEquals(10, context[0].planningUpdates() - before, "a model sure of everything rolls out the horizon");
        PlanningContextDouble plain = new PlanningContextDouble(new EndlessModel(), 4, 2, 0.5, 0.9, 1);
        plain.searchControl(c -> new AlwaysStateZero());
        BranchedRolloutsProvider provider = new BranchedRolloutsProvider();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> provider.create(
                Parameters.resolve(provider.parameters(), Map.of("max-uncertainty", "1")), plain));
        assertTrue(refused.getMessage().contains("needs a model that offers uncertainty"), refused.getMessage());
    }
}
