package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prioritized sweeping over features (Sutton et al. 2008, algorithm 3): what is queued, at what priority. */
class FeaturePriorityTest {

    /** A model of one action in which every feature's only predecessor is itself. */
    private static final class SelfPredecessors implements ExpectationModel {
        private final int features;

        SelfPredecessors(int features) {
            this.features = features;
        }

        @Override
        public int featureCount() {
            return features;
        }

        @Override
        public void expect(Transition query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void predecessors(int i, int action, FeatureVector out) {
            out.oneHot(i);
        }

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            return true;
        }

        @Override
        public void sample(Transition query) {
            throw new UnsupportedOperationException();
        }
    }

    /** The features whose predecessors are served, in order, until the queue is empty. */
    private static List<Integer> served(FeaturePriority control) {
        List<Integer> order = new ArrayList<>();
        Transition start = new Transition(0, 4);
        while (control.next(start)) {
            order.add(start.features().index(0));
        }
        return order;
    }

    private static Transition real(double... x) {
        Transition t = new Transition(0, x.length).start(-1, 0);
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                t.features().add(i, x[i]);
            }
        }
        return t;
    }

    /**
     * A real step queues each active feature i at |δ x_i|: a feature of value 3 outranks one of
     * value 0.1 under the same error, and one whose |δ x_i| is at most θ is not queued at all.
     */
    @Test
    void aRealStepQueuesEachActiveFeatureByItsShareOfTheError() {
        FeaturePriority control = new FeaturePriority(new SelfPredecessors(4), 1, 0.5);
        control.observe(real(0.1, 3.0, 0, 0.6), 1.0);
        assertEquals(List.of(1, 3), served(control), "3.0 first, then 0.6; 0.1 is below θ = 0.5");
        control.observe(real(2.0, 0, 0.2, 0), -1.0);
        assertEquals(List.of(0), served(control), "|δ x| with a negative error; 0.2 below θ");
        control.observe(real(0, 0.4, 0, 0), 2.0);
        assertEquals(List.of(1), served(control), "0.4 x 2 = 0.8 > θ");
    }

    @Test
    void aBackupQueuesItsFeatureByItsErrorAboveTheta() {
        FeaturePriority control = new FeaturePriority(new SelfPredecessors(3), 1, 0.5);
        Transition start = new Transition(0, 3).start(-1, 0);
        start.features().oneHot(2);
        control.updated(start, -0.4);
        assertFalse(control.next(new Transition(0, 3)), "|δ| = 0.4 is not above θ");
        control.updated(start, 0.9);
        assertTrue(control.next(new Transition(0, 3)));
    }
}
