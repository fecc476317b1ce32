package dyna.experiment.neural;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.env.Simulator;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.model.ModelProvider;
import dyna.api.model.UncertaintyModel;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.core.registry.ProviderRegistry;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code neural-ensemble} learns Mountain Car's deterministic dynamics from 6,000 transitions of
 * a random policy: its normalised one-step error (prediction error of s' over the size of the
 * true change s' − s, so that predicting "no change" scores 1) falls below a threshold set from
 * a first measurement, its k-step error grows with k, and where its members disagree more its
 * error is larger (Spearman rank correlation over states all over the state space).
 */
class NeuralModelLearningTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();
    private static Environment environment;
    private static Simulator truth;
    private static Model model;

    @BeforeAll
    static void learn() {
        environment = REGISTRY.find(EnvironmentProvider.class, "mountain-car")
                .create(Parameters.defaults(REGISTRY.find(EnvironmentProvider.class, "mountain-car").parameters()));
        truth = environment.simulator().orElseThrow();
        ModelProvider provider = REGISTRY.find(ModelProvider.class, "neural-ensemble");
        model = provider.create(Parameters.resolve(provider.parameters(), Map.of("train-every", "6000",
                "propagation", "mean", "max-epochs", "60", "width", "64")),
                new ComponentContext(environment.observationSpace(), environment.actionSpace(), new SplittableRandom(7)));
        Step step = new Step(2);
        Transition real = new Transition(2);
        SplittableRandom policy = new SplittableRandom(11);
        environment.reset(1, step);
        int sinceReset = 0;
        for (int t = 0; t < 6000; t++) {
            double[] before = step.observation().clone();
            int action = policy.nextInt(3);
            environment.step(action, step);
            real.start(before, action).outcome(step);
            model.observe(real);
            if (step.done() || ++sinceReset == 400) {
                environment.reset(step);
                sinceReset = 0;
            }
        }
    }

    /** Starts spread over the region a random policy visits: x in [−0.9, −0.2], |v| < 0.03. */
    private static double[] visitedStart(SplittableRandom random) {
        return new double[] {-0.9 + 0.7 * random.nextDouble(), -0.03 + 0.06 * random.nextDouble()};
    }

    /** The RMS over the starts of the k-step error, over the RMS one-step true change. */
    private static double normalisedError(int k, int starts) {
        SplittableRandom random = new SplittableRandom(21);
        Step real = new Step(2);
        Transition predicted = new Transition(2);
        double error = 0;
        double change = 0;
        for (int i = 0; i < starts; i++) {
            double[] s = visitedStart(random);
            double[] trueState = s.clone();
            double[] modelState = s.clone();
            for (int h = 0; h < k; h++) {
                int action = random.nextInt(3);
                truth.simulate(trueState, action, random, real);
                if (h == 0) {
                    change += squaredDistance(real.observation(), trueState);
                }
                System.arraycopy(real.observation(), 0, trueState, 0, 2);
                model.sample(predicted.start(modelState, action));
                System.arraycopy(predicted.nextObservation(), 0, modelState, 0, 2);
            }
            error += squaredDistance(trueState, modelState);
        }
        return Math.sqrt(error / change);
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        // Each dimension in units of its range, so that velocity counts as much as position.
        double[] range = {1.7, 0.14};
        for (int k = 0; k < a.length; k++) {
            double d = (a[k] - b[k]) / range[k];
            sum += d * d;
        }
        return sum;
    }

    @Test
    void oneStepErrorFallsBelowTheMeasuredThreshold() {
        double error = normalisedError(1, 1000);
        // Measured 0.0089 (seed 7) when this test was written; the threshold leaves room for 3x.
        assertTrue(error < 0.03, "normalised one-step error " + error);
    }

    @Test
    void theErrorGrowsWithTheHorizon() {
        double[] errors = {normalisedError(1, 300), normalisedError(5, 300), normalisedError(20, 300)};
        assertTrue(errors[0] < errors[1] && errors[1] < errors[2], "errors at k = 1, 5, 20: " + Arrays.toString(errors));
    }

    @Test
    void disagreementRanksWithTheActualError() {
        SplittableRandom random = new SplittableRandom(31);
        int n = 500;
        double[] disagreement = new double[n];
        double[] error = new double[n];
        Step real = new Step(2);
        Transition query = new Transition(2);
        for (int i = 0; i < n; i++) {
            double[] s = {-1.2 + 1.7 * random.nextDouble(), -0.07 + 0.14 * random.nextDouble()};
            int action = random.nextInt(3);
            query.start(s, action);
            disagreement[i] = ((UncertaintyModel) model).uncertainty(query);
            model.sample(query);
            truth.simulate(s, action, random, real);
            error[i] = Math.sqrt(squaredDistance(query.nextObservation(), real.observation()));
        }
        double rho = spearman(disagreement, error);
        // Measured 0.85 when this test was written.
        assertTrue(rho > 0.5, "rank correlation of disagreement and error " + rho);
    }

    /** Spearman's rank correlation (no ties expected in continuous data). */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double n = a.length;
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = ra[i] - rb[i];
            sum += d * d;
        }
        return 1 - 6 * sum / (n * (n * n - 1));
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
        double[] ranks = new double[values.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r;
        }
        return ranks;
    }
}
