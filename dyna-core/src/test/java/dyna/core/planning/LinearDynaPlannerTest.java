package dyna.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;
import dyna.api.planning.Planner;
import dyna.api.planning.SearchControl;
import dyna.api.provider.Parameters;
import dyna.testkit.PlanningContextDouble;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Linear Dyna's planning loop (Sutton et al. 2008): each start the search control hands is backed
 * up through the model's expectation and the error told back to the control; the model is asked
 * whether it knows a start only when the control says it may hand unknown pairs, and planning
 * stops at the first one it does not know.
 */
class LinearDynaPlannerTest {

    /** A model of three one-hot features that knows action 0 only: it moves feature i to i + 1, reward 1. */
    private static final class KnowsActionZero implements ExpectationModel {
        int asked;

        @Override
        public int featureCount() {
            return 3;
        }

        @Override
        public void expect(Transition query) {
            int i = query.features().index(0);
            query.outcome(0, 1, false, false);
            query.nextFeatures().oneHot(Math.min(i + 1, 2));
        }

        @Override
        public void predecessors(int i, int action, FeatureVector out) {
            out.clear();
        }

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            asked++;
            return query.action() == 0;
        }

        @Override
        public void sample(Transition query) {
            throw new UnsupportedOperationException();
        }
    }

    /** Hands feature 0 with the actions given, in turn, and keeps the errors it is told. */
    private static final class Starts implements SearchControl {
        private final int[] actions;
        private final boolean unknowns;
        private int next;
        final List<Double> errors = new ArrayList<>();

        Starts(boolean unknowns, int... actions) {
            this.unknowns = unknowns;
            this.actions = actions;
        }

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean next(Transition start) {
            if (next == actions.length) {
                return false;
            }
            start.start(-1, actions[next++]);
            start.features().oneHot(0);
            return true;
        }

        @Override
        public boolean mayHandUnknownPairs() {
            return unknowns;
        }

        @Override
        public void updated(Transition start, double error) {
            errors.add(error);
        }
    }

    private static PlanningContextDouble plan(KnowsActionZero model, Starts control, int budget) {
        PlanningContextDouble context = new PlanningContextDouble(model, 3, 2, 0.5, 0.9, 1);
        context.searchControl(c -> control);
        LinearDynaPlannerProvider provider = new LinearDynaPlannerProvider();
        Planner planner = provider.create(Parameters.defaults(provider.parameters()), context);
        planner.plan(budget);
        return context;
    }

    @Test
    void eachStartIsBackedUpAndItsErrorToldToTheControl() {
        KnowsActionZero model = new KnowsActionZero();
        Starts control = new Starts(false, 0, 0, 0);
        PlanningContextDouble context = plan(model, control, 5);
        assertEquals(3, context.planningUpdates(), "three starts, then the control has none");
        assertEquals(List.of(1.0, 0.5, 0.25), control.errors, "r + γ·0 − Q, Q moving halfway each time");
        assertEquals(0, model.asked, "a control that hands known pairs only is not second-guessed");
    }

    @Test
    void planningStopsAtAPairTheModelDoesNotKnowWhenTheControlMayHandOne() {
        KnowsActionZero model = new KnowsActionZero();
        Starts control = new Starts(true, 0, 1, 0);
        PlanningContextDouble context = plan(model, control, 5);
        assertEquals(1, context.planningUpdates(), "the second start, action 1, is unknown");
        assertEquals(2, model.asked);
        assertEquals(List.of(1.0), control.errors);
    }
}
