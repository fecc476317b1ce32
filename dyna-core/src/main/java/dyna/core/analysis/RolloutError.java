package dyna.core.analysis;

import dyna.api.env.Simulator;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * How far a sample model of a continuous world is from the truth on the states the agent
 * visits: the continuous counterpart of {@link ModelError}. It records the real transitions of
 * the episode under way (give it to {@code DynaAgent.observeRealTransitions}); {@link #measure}
 * then takes up to {@code starts} of the episode's observations, evenly spaced, and rolls the
 * model and the environment's {@link Simulator} forward side by side under the actions the agent
 * took from there. The error after j steps is the root mean square over dimensions of
 * (predicted − true) / scale, the scale of a dimension being its standard deviation over every
 * real observation so far (so errors are comparable across dimensions and worlds). A rollout
 * that ends (either side terminates, or the episode's actions run out) before k steps counts
 * for the one-step error only. The model's predictions are its samples, drawn from its own
 * random stream, as planning draws them; the truth is drawn from a fixed seed.
 */
public final class RolloutError implements Consumer<Transition> {

    /**
     * The mean errors of one measurement; NaN where no rollout could be measured (the model
     * knows nothing yet, or no rollout lasted k steps).
     *
     * @param oneStep the mean error after one step
     * @param kStep   the mean error after k steps
     */
    public record Errors(double oneStep, double kStep) {
    }

    private final Simulator truth;
    private final int dimensions;
    private final int horizon;
    private final int starts;
    private final Transition query;
    private final Step real;
    private final double[] mean;
    private final double[] squares;
    private long seen;
    private double[] observations = new double[0];
    private int[] actions = new int[0];
    private int length;

    /**
     * @param truth      the environment's simulator
     * @param dimensions the observations' dimensions
     * @param horizon    k, at least 1
     * @param starts     the most rollouts per measurement, at least 1
     */
    public RolloutError(Simulator truth, int dimensions, int horizon, int starts) {
        if (horizon < 1 || starts < 1) {
            throw new IllegalArgumentException("horizon and starts must be at least 1, not " + horizon + " and " + starts);
        }
        this.truth = truth;
        this.dimensions = dimensions;
        this.horizon = horizon;
        this.starts = starts;
        this.query = new Transition(dimensions);
        this.real = new Step(dimensions);
        this.mean = new double[dimensions];
        this.squares = new double[dimensions];
    }

    /** Records a real transition: its observation and action, and the observation's spread. */
    @Override
    public void accept(Transition transition) {
        if (length == actions.length) {
            int capacity = Math.max(64, 2 * length);
            actions = Arrays.copyOf(actions, capacity);
            observations = Arrays.copyOf(observations, capacity * dimensions);
        }
        double[] x = transition.observation();
        System.arraycopy(x, 0, observations, length * dimensions, dimensions);
        actions[length++] = transition.action();
        seen++;
        for (int d = 0; d < dimensions; d++) {
            double delta = x[d] - mean[d];
            mean[d] += delta / seen;
            squares[d] += delta * (x[d] - mean[d]);
        }
    }

    /** Measures {@code model} on the episode recorded since the last measurement, and forgets it. */
    public Errors measure(Model model) {
        SplittableRandom random = new SplittableRandom(0);
        Object rollout = model.newRolloutState();
        int count = Math.min(starts, length);
        double oneSum = 0;
        int oneCount = 0;
        double kSum = 0;
        int kCount = 0;
        for (int i = 0; i < count; i++) {
            int t = (int) ((long) i * length / count);
            query.start(Arrays.copyOfRange(observations, t * dimensions, (t + 1) * dimensions), actions[t]);
            if (!model.knows(query)) {
                continue;
            }
            System.arraycopy(observations, t * dimensions, real.observation(), 0, dimensions);
            model.startRollout(query, rollout);
            for (int j = 1; j <= horizon; j++) {
                int action = actions[t + j - 1];
                query.start(query.observation(), action);
                if (j > 1 && !model.knows(query)) {
                    break;
                }
                model.sample(query, rollout);
                truth.simulate(real.observation(), action, random, real);
                double error = error(query.nextObservation(), real.observation());
                if (j == 1) {
                    oneSum += error;
                    oneCount++;
                }
                if (j == horizon) {
                    kSum += error;
                    kCount++;
                }
                if (query.terminated() || real.terminated() || t + j >= length) {
                    break;
                }
                query.start(query.nextObservation(), 0);
            }
        }
        length = 0;
        return new Errors(oneCount == 0 ? Double.NaN : oneSum / oneCount, kCount == 0 ? Double.NaN : kSum / kCount);
    }

    private double error(double[] predicted, double[] actual) {
        double sum = 0;
        for (int d = 0; d < dimensions; d++) {
            double scale = seen > 1 ? Math.sqrt(squares[d] / (seen - 1)) : 0;
            double e = (predicted[d] - actual[d]) / (scale > 0 ? scale : 1);
            sum += e * e;
        }
        return Math.sqrt(sum / dimensions);
    }
}
