package dyna.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.GridLayout;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.save.Savable;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model checks catch each broken contract, and pass a model that keeps them. */
class ModelCheckerTest {

    /** A ring of 4 states: action 1 moves on, action 0 stays; reward 1 for moving. */
    private static final class Ring implements Environment {
        private int state;

        @Override
        public Space observationSpace() {
            return new Discrete(4);
        }

        @Override
        public Discrete actionSpace() {
            return new Discrete(2);
        }

        @Override
        public void reset(long seed, Step out) {
            reset(out);
        }

        @Override
        public void reset(Step out) {
            state = 0;
            out.set(0, 0, false, false);
        }

        @Override
        public void step(int action, Step out) {
            state = (state + action) % 4;
            out.set(state, action, false, false);
        }
    }

    /** A last-outcome model with a switchable fault, which can be saved. */
    private static final class Faulty implements DistributionModel, Savable {
        final String fault;
        final boolean[] known = new boolean[8];
        final int[] next = new int[8];
        int observed;
        /** Under fault "unsaved scale": learned, answered with, and never written. */
        double scale = 1;

        Faulty(String fault) {
            this.fault = fault;
        }

        @Override
        public void observe(Transition real) {
            observed++;
            if (fault.equals("unsaved scale")) {
                scale = 1 + observed % 7;
            }
            int pair = real.state() * 2 + real.action();
            known[pair] = true;
            next[pair] = real.nextState();
            if (fault.equals("forgets") && observed == 20) {
                java.util.Arrays.fill(known, false);
                known[pair] = true;
            }
        }

        @Override
        public boolean knows(Transition query) {
            return known[query.state() * 2 + query.action()];
        }

        @Override
        public void sample(Transition query) {
            int pair = query.state() * 2 + query.action();
            if (!known[pair] && !fault.equals("samples unknown")) {
                throw new IllegalArgumentException("unknown pair");
            }
            query.outcome(fault.equals("out of space") ? 9 : next[pair], scale, false, false);
        }

        @Override
        public int outcomeCount(Transition query) {
            return knows(query) ? 1 : 0;
        }

        @Override
        public double outcome(Transition query, int index) {
            sample(query);
            return fault.equals("sums to 0.9") ? 0.9 : 1.0;
        }

        @Override
        public String format() {
            return "faulty/1";
        }

        @Override
        public void write(DataOutput out) throws IOException {
            for (int pair = 0; pair < known.length; pair++) {
                out.writeBoolean(known[pair]);
                out.writeInt(next[pair]);
            }
        }

        @Override
        public void read(DataInput in, String format) throws IOException {
            if (fault.equals("reads nothing")) {
                return;
            }
            try {
                for (int pair = 0; pair < known.length; pair++) {
                    known[pair] = in.readBoolean();
                    next[pair] = in.readInt();
                }
            } catch (EOFException e) {
                if (!fault.equals("reads what there is")) {
                    throw e;
                }
            }
        }
    }

    private static List<String> check(String fault, Set<ModelCapability> declared) {
        ModelProvider provider = new ModelProvider() {
            @Override
            public String id() {
                return "faulty";
            }

            @Override
            public String description() {
                return "a model with a fault";
            }

            @Override
            public Set<ModelCapability> capabilities() {
                return declared;
            }

            @Override
            public Model create(Parameters parameters, ComponentContext context) {
                return new Faulty(fault);
            }
        };
        return ModelChecker.check(provider, Parameters.defaults(List.of()), Ring::new, 1, 100);
    }

    private static final Set<ModelCapability> DISTRIBUTIONS = Set.of(ModelCapability.SAMPLES,
            ModelCapability.DISTRIBUTION);

    @Test
    void theSlipperyCorridorPassesTheEnvironmentChecks() {
        assertEquals(List.of(), EnvironmentChecker.check(() -> new SlipperyCorridor(5), 3, 5_000));
    }

    /** The ring laid out on a 2 x 2 grid, rightly or with a fault. */
    private static final class RingOnAGrid implements Environment, GridLayout {
        private final Ring ring = new Ring();
        private final String fault;

        RingOnAGrid(String fault) {
            this.fault = fault;
        }

        @Override
        public Space observationSpace() {
            return ring.observationSpace();
        }

        @Override
        public Discrete actionSpace() {
            return ring.actionSpace();
        }

        @Override
        public void reset(long seed, Step out) {
            ring.reset(seed, out);
        }

        @Override
        public void reset(Step out) {
            ring.reset(out);
        }

        @Override
        public void step(int action, Step out) {
            ring.step(action, out);
        }

        @Override
        public int rows() {
            return 2;
        }

        @Override
        public int columns() {
            return 2;
        }

        @Override
        public int stateAt(int row, int column) {
            int state = row * 2 + column;
            return fault.equals("twice") && state == 3 ? 0 : fault.equals("outside") && state == 3 ? 7 : state;
        }

        @Override
        public int rowStep(int action) {
            return 0;
        }

        @Override
        public int columnStep(int action) {
            return action;
        }
    }

    @Test
    void aGridLayoutMustPlaceEveryStateOnceInsideTheSpace() {
        assertEquals(List.of(), EnvironmentChecker.check(() -> new RingOnAGrid("none"), 1, 100));
        assertTrue(EnvironmentChecker.check(() -> new RingOnAGrid("twice"), 1, 100).stream()
                .anyMatch(p -> p.contains("puts state 0 in two cells")));
        List<String> outside = EnvironmentChecker.check(() -> new RingOnAGrid("outside"), 1, 100);
        assertTrue(outside.stream().anyMatch(p -> p.contains("puts state 7 at (1, 1), outside")), outside.toString());
        assertTrue(outside.stream().anyMatch(p -> p.contains("state 3 was reached but the grid layout has no cell")),
                outside.toString());
    }

    @Test
    void aModelThatKeepsTheContractsPasses() {
        assertEquals(List.of(), check("none", DISTRIBUTIONS));
    }

    @Test
    void eachBrokenContractIsReported() {
        assertTrue(check("none", Set.of(ModelCapability.SAMPLES)).get(0)
                .contains("declares capabilities [samples] but implements [distributions, samples]"));
        assertTrue(check("forgets", DISTRIBUTIONS).stream().anyMatch(p -> p.contains("and then forgot it")));
        assertTrue(check("samples unknown", DISTRIBUTIONS).stream()
                .anyMatch(p -> p.contains("does not know, does not throw IllegalArgumentException")));
        assertTrue(check("out of space", DISTRIBUTIONS).stream().anyMatch(p -> p.contains("leads to state 9")));
        assertTrue(check("sums to 0.9", DISTRIBUTIONS).stream().anyMatch(p -> p.contains("sum to 0.9, not 1")));
        assertTrue(check("reads nothing", DISTRIBUTIONS).stream().anyMatch(p -> p.contains("writes other bytes")));
        assertTrue(check("reads nothing", DISTRIBUTIONS).stream().anyMatch(p -> p.contains("unlike the model saved")));
        assertTrue(check("reads what there is", DISTRIBUTIONS).stream().anyMatch(p -> p.contains("cut short by one "
                + "byte threw nothing")));
        List<String> unsaved = check("unsaved scale", DISTRIBUTIONS);
        assertTrue(unsaved.stream().noneMatch(p -> p.contains("writes other bytes")), "the bytes read back alike: "
                + unsaved);
        assertTrue(unsaved.stream().anyMatch(p -> p.contains("the model read back gives pair") && p.contains("outcomes")),
                "but the answers do not: " + unsaved);
    }

    @Test
    void theNoisyTrackPassesTheEnvironmentChecks() {
        assertEquals(List.of(), EnvironmentChecker.check(NoisyTrack::new, 3, 5_000));
    }
}
