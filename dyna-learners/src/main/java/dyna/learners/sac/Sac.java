package dyna.learners.sac;

import dyna.api.env.Transition;
import dyna.api.learning.Learner;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import dyna.nn.Parameters;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import dyna.api.space.Box;
import dyna.learners.buffer.TransitionBuffer;
import dyna.nn.Activation;
import dyna.nn.Adam;
import dyna.nn.Initialization;
import dyna.nn.Mlp;
import dyna.nn.SquashedGaussian;
import dyna.nn.Tape;
import dyna.nn.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Soft Actor-Critic (Haarnoja et al. 2018, "Soft Actor-Critic Algorithms and Applications": the
 * version with a learned temperature), step for step as Stable-Baselines3's {@code SAC.train}
 * runs it. The actor is an MLP giving the mean and log standard deviation (clamped to [−20, 2])
 * of a Gaussian squashed by tanh into [−1, 1], scaled to the action box; two critics Q1, Q2 over
 * [S; A] with target copies. Per gradient step, on a minibatch:
 * <ol>
 *   <li>a ~ π(·|S) (reparameterised) with log π(a|S);</li>
 *   <li>the temperature: log α moves down the gradient of −log α (log π(a|S) + H̄) (mean over
 *       the batch), H̄ the target entropy, −dim A by default; the α used below is the one before
 *       this step;</li>
 *   <li>the critics: y = R + γ (1 − terminated) (min_i Q̄_i(S', a') − α log π(a'|S')), a' ~
 *       π(·|S'), without gradient; loss ½ Σ_i mean (Q_i(S, A) − y)²;</li>
 *   <li>the actor: loss mean (α log π(a|S) − min_i Q_i(S, a)) through the updated critics;</li>
 *   <li>the targets: Q̄ ← (1 − τ) Q̄ + τ Q.</li>
 * </ol>
 * Real transitions go to a buffer of {@code buffer-size}; simulated ones from a planner (MBPO) to
 * a model buffer of the newest {@code model-buffer-size}; once that holds any, each batch draws
 * {@code ⌊batch · real-ratio⌋} from the real buffer and the rest from the model buffer (MBPO's
 * mix). Before {@code learning-starts} real steps the actions are uniform over the box and nothing
 * is learned. Actions are kept scaled to [−1, 1], as SB3 keeps them.
 */
final class Sac implements Learner, Savable {

    private static final double LOG_STD_MIN = -20;
    private static final double LOG_STD_MAX = 2;

    private final SacSettings settings;
    private final Box actions;
    private final int dimensions;
    private final int actionDimensions;
    private final Mlp actor;
    private final Mlp q1;
    private final Mlp q2;
    private final Mlp target1;
    private final Mlp target2;
    private final Tensor logAlpha = Tensor.zeros(1, 1, 1).requireGrad();
    private final Adam actorOptimizer;
    private final Adam criticOptimizer;
    private final Adam alphaOptimizer;
    private final List<Tensor> criticParameters = new ArrayList<>();
    private final List<Tensor> targetParameters = new ArrayList<>();
    private final Tape actorTape = new Tape();
    private final Tape criticTape = new Tape();
    private final Tape alphaTape = new Tape();
    private final Tape targetTape = Tape.inference();
    private final Mlp.Predictor policy;
    private final Mlp.Predictor value1;
    private final Mlp.Predictor value2;
    private final double[] valueInput;
    private final TransitionBuffer real;
    private final TransitionBuffer simulated;
    private final RandomGenerator acting;
    private final RandomGenerator sampling;
    private final RandomGenerator noise;
    private final Tensor observation;
    private final Tensor action;
    private final Tensor reward;
    private final Tensor nextObservation;
    private final Tensor notDone;
    private final Tensor target;
    private final Tensor entropyError = Tensor.zeros(1, 1, 1);
    private final double[] scaled;
    private long realSteps;
    private long gradientSteps;
    private double lastCriticLoss = Double.NaN;
    private double lastActorLoss = Double.NaN;
    private double lastEntropy = Double.NaN;

    Sac(SacSettings settings, Box observations, Box actions, RandomGenerator random) {
        this.settings = settings;
        this.actions = actions;
        this.dimensions = observations.dimensions();
        this.actionDimensions = actions.dimensions();
        SplittableRandom streams = new SplittableRandom(random.nextLong());
        RandomGenerator weights = streams.split();
        this.acting = streams.split();
        this.sampling = streams.split();
        this.noise = streams.split();
        this.actor = new Mlp(1, sizes(dimensions, 2 * actionDimensions), Activation.RELU, false,
                Initialization.UNIFORM, weights);
        this.q1 = critic(weights);
        this.q2 = settings.twinCritics() ? critic(weights) : null;
        this.target1 = copyOf(q1, weights);
        this.target2 = q2 == null ? null : copyOf(q2, weights);
        criticParameters.addAll(q1.parameters());
        targetParameters.addAll(target1.parameters());
        if (q2 != null) {
            criticParameters.addAll(q2.parameters());
            targetParameters.addAll(target2.parameters());
        }
        logAlpha.data()[0] = Math.log(settings.initialAlpha());
        this.actorOptimizer = new Adam(actor.parameters(), settings.actorLearningRate());
        this.criticOptimizer = new Adam(criticParameters, settings.criticLearningRate());
        this.alphaOptimizer = new Adam(List.of(logAlpha), settings.alphaLearningRate());
        this.policy = actor.predictor(0);
        this.value1 = q1.predictor(0);
        this.value2 = q2 == null ? null : q2.predictor(0);
        this.valueInput = new double[dimensions + actionDimensions];
        this.real = new TransitionBuffer(dimensions, actionDimensions, settings.bufferSize());
        this.simulated = new TransitionBuffer(dimensions, actionDimensions, settings.modelBufferSize());
        int b = settings.batchSize();
        this.observation = Tensor.zeros(1, b, dimensions);
        this.action = Tensor.zeros(1, b, actionDimensions);
        this.reward = Tensor.zeros(1, b, 1);
        this.nextObservation = Tensor.zeros(1, b, dimensions);
        this.notDone = Tensor.zeros(1, b, 1);
        this.target = Tensor.zeros(1, b, 1);
        this.scaled = new double[actionDimensions];
    }

    private int[] sizes(int in, int out) {
        int[] sizes = new int[settings.layers() + 2];
        sizes[0] = in;
        java.util.Arrays.fill(sizes, 1, sizes.length - 1, settings.hidden());
        sizes[sizes.length - 1] = out;
        return sizes;
    }

    private Mlp critic(RandomGenerator weights) {
        return new Mlp(1, sizes(dimensions + actionDimensions, 1), Activation.RELU, false, Initialization.UNIFORM,
                weights);
    }

    /** A network of the same shape holding the same weights (a target starts as its critic). */
    private Mlp copyOf(Mlp source, RandomGenerator weights) {
        Mlp copy = critic(weights);
        for (int p = 0; p < copy.parameters().size(); p++) {
            double[] from = source.parameters().get(p).data();
            System.arraycopy(from, 0, copy.parameters().get(p).data(), 0, from.length);
        }
        return copy;
    }

    @Override
    public void act(Transition at) {
        if (realSteps < settings.learningStarts()) {
            double[] out = at.actionVector();
            for (int i = 0; i < actionDimensions; i++) {
                out[i] = actions.low(i) + (actions.high(i) - actions.low(i)) * acting.nextDouble();
            }
            return;
        }
        sample(at, acting);
    }

    @Override
    public void actInPlanning(Transition at, RandomGenerator random) {
        sample(at, random);
    }

    @Override
    public void actGreedily(Transition at) {
        double[] out = policy.predict(at.observation());
        for (int i = 0; i < actionDimensions; i++) {
            at.actionVector()[i] = unscale(i, Math.tanh(out[i]));
        }
    }

    /**
     * The critics' smaller estimate (the one critic's, with a single one) at the observation of
     * {@code at} and the actor's greedy action, tanh(μ): what a controller bootstraps the end of
     * a plan with. Reads the networks as they are; allocates nothing.
     */
    @Override
    public double value(Transition at) {
        double[] out = policy.predict(at.observation());
        System.arraycopy(at.observation(), 0, valueInput, 0, dimensions);
        for (int i = 0; i < actionDimensions; i++) {
            valueInput[dimensions + i] = Math.tanh(out[i]);
        }
        double first = value1.predict(valueInput)[0];
        return value2 == null ? first : Math.min(first, value2.predict(valueInput)[0]);
    }

    /** a = tanh(μ + σ ε) of the actor at the observation of {@code at}, scaled to the box. */
    private void sample(Transition at, RandomGenerator random) {
        double[] out = policy.predict(at.observation());
        for (int i = 0; i < actionDimensions; i++) {
            double logStd = Math.min(Math.max(out[actionDimensions + i], LOG_STD_MIN), LOG_STD_MAX);
            double u = out[i] + Math.exp(logStd) * random.nextGaussian();
            at.actionVector()[i] = unscale(i, Math.tanh(u));
        }
    }

    /** An action in [−1, 1] as the box's: low + (a + 1) / 2 (high − low), as SB3 unscales, kept inside the box. */
    private double unscale(int i, double a) {
        double value = actions.low(i) + 0.5 * (a + 1.0) * (actions.high(i) - actions.low(i));
        return Math.min(Math.max(value, actions.low(i)), actions.high(i));
    }

    /** The box's action as [−1, 1]: 2 (a − low) / (high − low) − 1. */
    private double[] scale(double[] boxAction) {
        for (int i = 0; i < actionDimensions; i++) {
            double a = 2.0 * (boxAction[i] - actions.low(i)) / (actions.high(i) - actions.low(i)) - 1.0;
            scaled[i] = Math.min(Math.max(a, -1), 1);
        }
        return scaled;
    }

    @Override
    public void observe(Transition t) {
        realSteps++;
        real.add(t, scale(t.actionVector()));
    }

    @Override
    public void observeSimulated(Transition t) {
        simulated.add(t, scale(t.actionVector()));
    }

    /** SB3's schedule: after real step t, with t > learning-starts, {@code updates-per-step} gradient steps. */
    @Override
    public void learn() {
        if (realSteps <= settings.learningStarts()) {
            return;
        }
        for (int g = 0; g < settings.updatesPerStep(); g++) {
            update(g);
        }
    }

    /** One gradient step of the temperature, the critics, the actor and (on the interval) the targets. */
    private void update(int stepInCall) {
        drawBatch();
        // The actor's sample at S, kept on its tape for the actor's loss after the critics' step.
        actorTape.clear();
        Tensor head = actor.forward(actorTape, observation);
        Tensor mean = actorTape.sliceCols(head, 0, actionDimensions);
        Tensor logStd = actorTape.clamp(actorTape.sliceCols(head, actionDimensions, 2 * actionDimensions),
                LOG_STD_MIN, LOG_STD_MAX);
        // The sample's parts, not a SquashedGaussian.Sample: that object escaped here (24 bytes each).
        Tensor logVar = actorTape.scale(logStd, 2);
        Tensor u = SquashedGaussian.draw(actorTape, mean, logVar, noise);
        Tensor piLogProb = SquashedGaussian.logProb(actorTape, u, mean, logVar);
        Tensor piAction = SquashedGaussian.squash(actorTape, u);
        double meanLogProb = mean(piLogProb);
        lastEntropy = -meanLogProb;
        double alpha = Math.exp(logAlpha.data()[0]);
        if (settings.learnAlpha()) {
            alphaTape.clear();
            entropyError.data()[0] = meanLogProb + settings.targetEntropy();
            alphaTape.backward(alphaTape.scale(alphaTape.mul(logAlpha, entropyError), -1));
            alphaOptimizer.step();
        }
        computeTarget(alpha);
        criticTape.clear();
        zeroCriticGradients();   // the actor's last loss sent gradients into the critics too
        Tensor input = criticTape.concatCols(observation, action);
        Tensor loss = criticTape.mse(q1.forward(criticTape, input), target);
        if (q2 != null) {
            loss = criticTape.add(loss, criticTape.mse(q2.forward(criticTape, input), target));
        }
        loss = criticTape.scale(loss, 0.5);
        lastCriticLoss = loss.item();
        criticTape.backward(loss);
        criticOptimizer.step();
        Tensor piInput = actorTape.concatCols(observation, piAction);
        Tensor q = q1.forward(actorTape, piInput);
        if (q2 != null) {
            q = actorTape.min(q, q2.forward(actorTape, piInput));
        }
        Tensor actorLoss = actorTape.mean(actorTape.sub(actorTape.scale(piLogProb, alpha), q));
        lastActorLoss = actorLoss.item();
        actorTape.backward(actorLoss);
        actorOptimizer.step();
        zeroCriticGradients();
        if (stepInCall % settings.targetUpdateInterval() == 0) {
            Adam.polyak(targetParameters, criticParameters, settings.tau());
        }
        gradientSteps++;
    }

    /** Indexed, not for-each: no iterator for code the JIT has not compiled with escape analysis yet. */
    private void zeroCriticGradients() {
        for (int p = 0; p < criticParameters.size(); p++) {
            criticParameters.get(p).zeroGrad();
        }
    }

    /** y = R + γ (1 − terminated)(min Q̄(S', a') − α log π(a'|S')), a' ~ π(·|S'), without gradient. */
    private void computeTarget(double alpha) {
        targetTape.clear();
        Tensor head = actor.forward(targetTape, nextObservation);
        Tensor mean = targetTape.sliceCols(head, 0, actionDimensions);
        Tensor logStd = targetTape.clamp(targetTape.sliceCols(head, actionDimensions, 2 * actionDimensions),
                LOG_STD_MIN, LOG_STD_MAX);
        Tensor logVar = targetTape.scale(logStd, 2);
        Tensor u = SquashedGaussian.draw(targetTape, mean, logVar, noise);
        Tensor logProb = SquashedGaussian.logProb(targetTape, u, mean, logVar);
        Tensor input = targetTape.concatCols(nextObservation, SquashedGaussian.squash(targetTape, u));
        Tensor q = target1.forward(targetTape, input);
        if (target2 != null) {
            q = targetTape.min(q, target2.forward(targetTape, input));
        }
        double[] y = target.data();
        double[] qs = q.data();
        double[] logProbs = logProb.data();
        double[] r = reward.data();
        double[] live = notDone.data();
        for (int i = 0; i < y.length; i++) {
            y[i] = r[i] + live[i] * settings.gamma() * (qs[i] - alpha * logProbs[i]);
        }
    }

    /** A minibatch: all real, or once simulated transitions exist, ⌊batch · real-ratio⌋ real and the rest simulated. */
    private void drawBatch() {
        int b = settings.batchSize();
        int fromReal = simulated.size() == 0 ? b : (int) (b * settings.realRatio());
        real.sample(fromReal, 0, sampling, observation, action, reward, nextObservation, notDone);
        simulated.sample(b - fromReal, fromReal, sampling, observation, action, reward, nextObservation, notDone);
    }

    private static double mean(Tensor t) {
        double sum = 0;
        for (double v : t.data()) {
            sum += v;
        }
        return sum / t.size();
    }

    @Override
    public double discount() {
        return settings.gamma();
    }

    /** α, the entropy of the actor's last batch (−mean log π), the last losses, and the gradient steps made. */
    @Override
    public Map<String, Double> diagnostics() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("alpha", Math.exp(logAlpha.data()[0]));
        values.put("entropy", lastEntropy);
        values.put("critic_loss", lastCriticLoss);
        values.put("actor_loss", lastActorLoss);
        values.put("gradient_steps", (double) gradientSteps);
        return values;
    }

    /**
     * The critics' value of an action at an observation: the minimum of the twin critics (the
     * one critic of the ablation); {@code action} in the box's units.
     */
    double value(double[] observation, double[] boxAction) {
        double[] scaledAction = scale(boxAction);
        Tensor input = Tensor.zeros(1, 1, dimensions + actionDimensions);
        System.arraycopy(observation, 0, input.data(), 0, dimensions);
        System.arraycopy(scaledAction, 0, input.data(), dimensions, actionDimensions);
        Tape tape = Tape.inference();
        double q = q1.forward(tape, input).item();
        return q2 == null ? q : Math.min(q, q2.forward(tape, input).item());
    }

    /**
     * Saved as {@code sac/1}: the sizes (observation and action dimensions, hidden units, hidden
     * layers, critics), the real steps and gradient steps taken, every network's parameters
     * (actor, critics, targets, log α) and its optimiser's state, then the real and the model
     * buffer, oldest first. The random streams are not saved: a loaded learner goes on with fresh
     * draws.
     */
    @Override
    public String format() {
        return "sac/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, dimensions, actionDimensions, settings.hidden(), settings.layers(), q2 == null ? 1 : 2);
        out.writeLong(realSteps);
        out.writeLong(gradientSteps);
        Parameters.write(actor.parameters(), out);
        Parameters.write(criticParameters, out);
        Parameters.write(targetParameters, out);
        Parameters.write(List.of(logAlpha), out);
        actorOptimizer.write(out);
        criticOptimizer.write(out);
        alphaOptimizer.write(out);
        real.write(out);
        simulated.write(out);
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "sac", List.of("observation dimensions", "action dimensions", "hidden units",
                "hidden layers", "critics"), dimensions, actionDimensions, settings.hidden(), settings.layers(),
                q2 == null ? 1 : 2);
        realSteps = in.readLong();
        gradientSteps = in.readLong();
        Parameters.read(actor.parameters(), in);
        Parameters.read(criticParameters, in);
        Parameters.read(targetParameters, in);
        Parameters.read(List.of(logAlpha), in);
        actorOptimizer.read(in);
        criticOptimizer.read(in);
        alphaOptimizer.read(in);
        real.read(in);
        simulated.read(in);
    }

    /** The real transitions held, for tests. */
    int realTransitions() {
        return real.size();
    }

    /** The simulated transitions held, for tests. */
    int simulatedTransitions() {
        return simulated.size();
    }
}
