package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prioritized sweeping over features (Sutton et al. 2008, algorithm 3): what is queued, at what
 * priority, and a sweep saved part-way that goes on where it was.
 */
class FeaturePriorityTest {

    /**
     * A model of one action in which every feature's only predecessor is itself, or, {@code
     * wide}, in which feature i's predecessors are i and i + 1 (wrapping around).
     */
    private static final class SelfPredecessors implements ExpectationModel {
        private final int features;
        private final boolean wide;

        SelfPredecessors(int features) {
            this(features, false);
        }

        SelfPredecessors(int features, boolean wide) {
            this.features = features;
            this.wide = wide;
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
            if (wide) {
                out.add((i + 1) % features, 1);
            }
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

    @Test
    void aChangeOfExactlyThetaIsNotQueued() {
        FeaturePriority control = new FeaturePriority(new SelfPredecessors(2), 1, 0.5);
        control.observe(real(0.5, 0), 1.0);
        assertEquals(List.of(), served(control), "|δ x| = θ is not above it");
        control.observe(real(0.5, 0));
        assertEquals(List.of(), served(control), "a real step with no error queues nothing");
    }

    private static byte[] save(FeaturePriority control) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        control.write(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static FeaturePriority read(byte[] bytes, String format) throws IOException {
        FeaturePriority control = new FeaturePriority(new SelfPredecessors(4, true), 2, 0.5);
        control.read(new DataInputStream(new ByteArrayInputStream(bytes)), format);
        return control;
    }

    /** The starts still to come, as feature and action. */
    private static List<String> starts(FeaturePriority control) {
        List<String> order = new ArrayList<>();
        Transition start = new Transition(0, 4);
        while (control.next(start)) {
            order.add(start.features().index(0) + "/" + start.action());
        }
        return order;
    }

    /**
     * Saved part-way through a feature's predecessors, a sweep goes on where it was; saved after
     * its last, nothing is left; a sweep whose feature, action or place does not fit is refused.
     */
    @Test
    void aSweepSavedPartWayGoesOnWhereItWas() throws IOException {
        FeaturePriority control = new FeaturePriority(new SelfPredecessors(4, true), 2, 0.5);
        assertTrue(control.reads("feature-priority/1") && control.reads("feature-priority/2"));
        assertFalse(control.reads("priority-queue/1"));
        control.observe(real(0, 0, 2.0, 1.0), 1.0);
        Transition start = new Transition(0, 4);
        assertTrue(control.next(start));
        assertEquals(2, start.features().index(0));
        byte[] partWay = save(control);
        List<String> rest = starts(read(partWay, "feature-priority/2"));
        assertEquals(List.of("3/0", "2/1", "3/1", "3/0", "0/0", "3/1", "0/1"), rest, "feature 2's, then feature 3's");
        assertEquals(rest, starts(control));
        assertEquals(List.of(), starts(read(save(control), "feature-priority/2")), "a finished sweep stays finished");
        assertEquals(List.of("3/0", "0/0", "3/1", "0/1"), starts(read(partWay, "feature-priority/1")),
                "the older format keeps the queue alone");

        byte[] queue = Arrays.copyOf(partWay, partWay.length - 12);
        assertEquals(List.of("1/1", "2/1", "3/0", "0/0", "3/1", "0/1"), starts(read(sweep(queue, 1, 1, 0), "feature-priority/2")));
        assertEquals(List.of("1/0", "0/1", "1/1", "3/0", "0/0", "3/1", "0/1"), starts(read(sweep(queue, 0, 0, 1),
                "feature-priority/2")), "feature 0 is a feature too");
        assertEquals(List.of("3/0", "0/0", "3/1", "0/1"), starts(read(sweep(queue, 3, 1, 2), "feature-priority/2")),
                "the place after the last predecessor");
        for (int[] misfit : new int[][] {{4, 0, 0}, {3, 2, 0}, {3, -1, 0}, {3, 0, -1}, {3, 0, 3}}) {
            assertThrows(IOException.class, () -> read(sweep(queue, misfit[0], misfit[1], misfit[2]),
                    "feature-priority/2"), Arrays.toString(misfit));
        }
    }

    /** The saved queue followed by a sweep of {@code feature}, {@code action}, at {@code at}. */
    private static byte[] sweep(byte[] queue, int feature, int action, int at) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(queue);
        out.writeInt(feature);
        out.writeInt(action);
        out.writeInt(at);
        return bytes.toByteArray();
    }
}
