package dyna.core.control;

import dyna.api.control.ControlContext;
import dyna.api.env.Transition;
import dyna.api.model.BatchModel;
import dyna.api.model.Model;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;

/**
 * The objective of planning through a model: the value of an action sequence is the discounted
 * return of rolling it out through the model from the current observation, Σ_t γ^t r_t, plus,
 * where asked, the agent's value of the last state, γ^H V(s_H) (TD-MPC's terminal value), ending
 * early where the model predicts termination or does not know a pair; averaged over {@code
 * particles} rollouts. Through a {@link BatchModel}, which gives the probability that each step
 * ended the episode, each reward and the terminal value are weighted by the probability that the
 * episode lasted to them, Π_k (1 − p_k), as Dreamer weights imagined rewards by its continuation
 * predictor: a learned model's doubt about an end is a signal rather than a coin flip at ½.
 *
 * <p>Each particle is a rollout of its own: through a {@link BatchModel} the whole population's
 * particles are stepped together, one batched prediction per step of the horizon, with the
 * model's own propagation (an ensemble that keeps a member per row gives PETS' TS-∞, one that
 * draws members per step TS-1); through any other model, one rollout at a time ({@link
 * Model#startRollout}, {@link Model#sample(Transition, Object)}). A deterministic model gives
 * every particle the same return. Observations are a box or discrete states; actions a box
 * (their values) or discrete (their indices, as doubles).
 */
public final class ModelRollouts implements SequenceObjective {

    private final Model model;
    private final BatchModel batch;
    private final ControlContext control;
    private final boolean terminalValue;
    private final int horizon;
    private final int dimensions;
    private final int actionWidth;
    private final boolean discreteActions;
    private final double discount;
    private final int particles;
    private final Transition query;
    private final Object rolloutState;
    private final double[] start;
    private final double[] action;
    private final double[] last;
    private int startState;
    private Object batchState;
    private int capacity;
    private double[] observations;
    private double[] actions;
    private double[] rewards;
    private double[] returns;
    private double[] ends;
    private double[] alive;
    private long predictions;

    /**
     * @param control       the agent's model, discount, values and prediction counter
     * @param observations  the observation space: a box or discrete states
     * @param actionSpace   the action space: a box or discrete
     * @param horizon       steps per sequence
     * @param particles     rollouts per candidate, averaged
     * @param terminalValue whether the value of the last state, γ^H V(s_H), is added (needs the agent's values)
     * @param batched       whether to step all rollouts together where the model is a {@link BatchModel}
     */
    public ModelRollouts(ControlContext control, Space observations, Space actionSpace, int horizon, int particles,
            boolean terminalValue, boolean batched) {
        double discount = control.discount();
        if (horizon < 1 || particles < 1 || !(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("model rollouts need horizon >= 1, particles >= 1 and a discount in "
                    + "[0, 1], not " + horizon + ", " + particles + ", " + discount);
        }
        if (terminalValue && !control.hasValues()) {
            throw new IllegalArgumentException("a terminal value needs an agent with learned values or a learner "
                    + "that estimates them, and this agent has none");
        }
        this.control = control;
        this.model = control.model();
        this.dimensions = observations instanceof Box box ? box.dimensions() : 0;
        this.discreteActions = actionSpace instanceof Discrete;
        this.actionWidth = actionSpace instanceof Box box ? box.dimensions() : 1;
        this.batch = batched && dimensions > 0 && model instanceof BatchModel b ? b : null;
        this.terminalValue = terminalValue;
        this.horizon = horizon;
        this.discount = discount;
        this.particles = particles;
        this.query = new Transition(dimensions, discreteActions ? 0 : actionWidth, 1);
        this.rolloutState = model.newRolloutState();
        this.start = new double[dimensions];
        this.action = new double[discreteActions ? 0 : actionWidth];
        this.last = new double[dimensions];
    }

    /** Sets the observation (or state) every rollout starts from: the start of {@code at} (copied). */
    public void from(Transition at) {
        System.arraycopy(at.observation(), 0, start, 0, dimensions);
        startState = at.state();
    }

    /** Whether the model knows the pair of the start and the first action of {@code sequence}. */
    public boolean knowsStart(double[] sequence) {
        begin(sequence, 0);
        return model.knows(query);
    }

    /** Whether the candidates are stepped together through a {@link BatchModel}. */
    public boolean batched() {
        return batch != null;
    }

    /** The predictions made since the last call, for the agent's counters. */
    public long takePredictions() {
        long made = predictions;
        predictions = 0;
        return made;
    }

    @Override
    public void evaluate(double[] candidates, int population, double[] values) {
        if (batch != null) {
            evaluateTogether(candidates, population, values);
            return;
        }
        int length = horizon * actionWidth;
        for (int i = 0; i < population; i++) {
            double sum = 0;
            for (int p = 0; p < particles; p++) {
                sum += rollout(candidates, i * length);
            }
            values[i] = sum / particles;
        }
    }

    /** Sets the query's start to the rollout's start and the action at {@code offset}. */
    private void begin(double[] candidates, int offset) {
        if (discreteActions) {
            if (dimensions > 0) {
                query.start(start, (int) candidates[offset]);
            } else {
                query.start(startState, (int) candidates[offset]);
            }
        } else {
            System.arraycopy(candidates, offset, action, 0, actionWidth);
            query.start(start, action);
        }
    }

    /** Sets the query's action to the one at {@code offset}, keeping its start. */
    private void setAction(double[] candidates, int offset) {
        if (discreteActions) {
            query.start(query.state(), (int) candidates[offset]);
        } else {
            System.arraycopy(candidates, offset, query.actionVector(), 0, actionWidth);
        }
    }

    /** The discounted return of the sequence at {@code offset} from the start, one particle. */
    private double rollout(double[] candidates, int offset) {
        begin(candidates, offset);
        model.startRollout(query, rolloutState);
        double value = 0;
        double weight = 1;
        for (int t = 0; t < horizon; t++) {
            setAction(candidates, offset + t * actionWidth);
            if (!model.knows(query)) {
                return value;
            }
            model.sample(query, rolloutState);
            predictions++;
            value += weight * query.reward();
            if (query.terminated()) {
                return value;
            }
            weight *= discount;
            query.advance();
        }
        return terminalValue ? value + weight * control.value(query) : value;
    }

    /** Every candidate's particles as rows of one batch, stepped together. */
    private void evaluateTogether(double[] candidates, int population, double[] values) {
        int rows = population * particles;
        ensureCapacity(rows);
        int length = horizon * actionWidth;
        for (int r = 0; r < rows; r++) {
            System.arraycopy(start, 0, observations, r * dimensions, dimensions);
            returns[r] = 0;
            alive[r] = 1;
        }
        batch.startBatch(rows, batchState);
        double weight = 1;
        for (int t = 0; t < horizon; t++) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(candidates, (r / particles) * length + t * actionWidth, actions, r * actionWidth,
                        actionWidth);
            }
            batch.sampleBatch(observations, actions, rows, observations, rewards, ends, batchState);
            predictions += rows;
            for (int r = 0; r < rows; r++) {
                returns[r] += alive[r] * weight * rewards[r];
                alive[r] *= 1 - ends[r];
            }
            weight *= discount;
        }
        if (terminalValue) {
            for (int r = 0; r < rows; r++) {
                if (alive[r] > 0) {
                    System.arraycopy(observations, r * dimensions, last, 0, dimensions);
                    query.start(last, 0);
                    returns[r] += alive[r] * weight * control.value(query);
                }
            }
        }
        for (int i = 0; i < population; i++) {
            double sum = 0;
            for (int p = 0; p < particles; p++) {
                sum += returns[i * particles + p];
            }
            values[i] = sum / particles;
        }
    }

    private void ensureCapacity(int rows) {
        if (rows <= capacity) {
            return;
        }
        capacity = rows;
        batchState = batch.newBatchState(rows);
        observations = new double[rows * dimensions];
        actions = new double[rows * actionWidth];
        rewards = new double[rows];
        returns = new double[rows];
        ends = new double[rows];
        alive = new double[rows];
    }
}
