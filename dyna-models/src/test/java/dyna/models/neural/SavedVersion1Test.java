package dyna.models.neural;

import dyna.api.space.Discrete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.nn.Activation;
import java.io.DataInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * An ensemble saved as {@code neural-ensemble/1}, by the hand-written networks this model had
 * before it moved onto {@code dyna-nn} ({@code neural-ensemble-1.bin}, with that code's answers
 * in {@code neural-ensemble-1.txt}), still loads: it predicts what it predicted then, and, trained
 * on from there with the same random draws, it learns what that code learned (the same algorithm:
 * loss, gradients, Adam with L2 decay, bootstrap samples, early stopping and elites), to rounding.
 */
class SavedVersion1Test {

    /** A random stream that can be pointed elsewhere, so that training after a read draws what the old code drew. */
    private static final class Switchable implements RandomGenerator {
        RandomGenerator to;

        Switchable(RandomGenerator to) {
            this.to = to;
        }

        @Override
        public long nextLong() {
            return to.nextLong();
        }

        @Override
        public int nextInt(int bound) {
            return to.nextInt(bound);
        }

        @Override
        public double nextDouble() {
            return to.nextDouble();
        }

        @Override
        public double nextGaussian() {
            return to.nextGaussian();
        }
    }

    @Test
    void aVersion1EnsemblePredictsAsSavedAndLearnsOnAsTheOldCodeDid() throws Exception {
        EnsembleSettings settings = new EnsembleSettings(3, 2, new int[] {8, 8}, Activation.SILU, 3e-3, 1e-4, 16, 1000,
                5, 0, 5, 0.25, 60, EnsembleSettings.Propagation.MEAN, false);
        Switchable random = new Switchable(new SplittableRandom(11));
        NeuralEnsemble ensemble = new NeuralEnsemble(settings, 2, new Discrete(3), random);
        assertTrue(ensemble.reads("neural-ensemble/1"));
        try (InputStream in = getClass().getResourceAsStream("neural-ensemble-1.bin")) {
            ensemble.read(new DataInputStream(in), "neural-ensemble/1");
        }
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("neural-ensemble-1.txt")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        int at = 1;
        for (; !lines.get(at).startsWith("#"); at++) {
            check(ensemble, lines.get(at), 1e-12, "as saved");
        }
        random.to = new SplittableRandom(99);
        SplittableRandom world = new SplittableRandom(12);
        for (int i = 0; i < 50; i++) {   // the fixture's world: its first 50 transitions were saved
            draw(world);
        }
        for (int i = 0; i < 10; i++) {
            ensemble.observe(draw(world));
        }
        ensemble.train();
        for (at++; at < lines.size(); at++) {
            check(ensemble, lines.get(at), 1e-9, "trained on");
        }
    }

    private static Transition draw(SplittableRandom world) {
        double x = world.nextDouble() * 2 - 1;
        double y = world.nextDouble() * 2 - 1;
        int a = world.nextInt(3);
        Transition t = new Transition(2).start(new double[] {x, y}, a);
        t.nextObservation()[0] = x + 0.1 * (a - 1);
        t.nextObservation()[1] = y * 0.9 + 0.05 * world.nextGaussian();
        t.outcome(x - y, x > 0.8, false);
        return t;
    }

    /** Checks one line of the fixture: x y action, then next x, next y, reward, terminated, uncertainty. */
    private static void check(NeuralEnsemble ensemble, String line, double tolerance, String when) {
        String[] v = line.split(" ");
        Transition query = new Transition(2).start(new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1])},
                Integer.parseInt(v[2]));
        ensemble.sample(query);
        String where = when + ", query " + v[0] + " " + v[1] + " " + v[2];
        assertEquals(Double.parseDouble(v[3]), query.nextObservation()[0], tolerance, where);
        assertEquals(Double.parseDouble(v[4]), query.nextObservation()[1], tolerance, where);
        assertEquals(Double.parseDouble(v[5]), query.reward(), tolerance, where);
        assertEquals(Boolean.parseBoolean(v[6]), query.terminated(), where);
        assertEquals(Double.parseDouble(v[7]), ensemble.uncertainty(query), tolerance, where);
    }
}
