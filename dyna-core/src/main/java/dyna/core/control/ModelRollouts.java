package dyna.core.control;

import dyna.api.env.Transition;
import dyna.api.model.Model;

/**
 * The objective of planning through a model: the value of an action sequence is the discounted
 * return of rolling it out through the model from the current observation, Σ_t γ^t r_t, ending
 * where the model predicts termination or does not know a pair, averaged over {@code particles}
 * rollouts. Each particle begins its own rollout ({@link Model#startRollout}), so an ensemble
 * that draws a member per rollout propagates each particle with one member throughout (PETS'
 * TS-∞); a deterministic model gives every particle the same return. Box actions; one rollout
 * step at a time through {@link Model#sample(Transition, Object)} (a batched path is to come).
 */
public final class ModelRollouts implements SequenceObjective {

    private final Model model;
    private final int horizon;
    private final int actionDimensions;
    private final double discount;
    private final int particles;
    private final Transition query;
    private final Object rolloutState;
    private final double[] start;
    private final double[] action;

    /**
     * @param model            the model to roll out through
     * @param dimensions       observation dimensions
     * @param actionDimensions action dimensions
     * @param horizon          steps per sequence
     * @param discount         γ
     * @param particles        rollouts per candidate, averaged
     */
    public ModelRollouts(Model model, int dimensions, int actionDimensions, int horizon, double discount,
            int particles) {
        if (horizon < 1 || particles < 1 || !(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("model rollouts need horizon >= 1, particles >= 1 and a discount in "
                    + "[0, 1], not " + horizon + ", " + particles + ", " + discount);
        }
        this.model = model;
        this.horizon = horizon;
        this.actionDimensions = actionDimensions;
        this.discount = discount;
        this.particles = particles;
        this.query = new Transition(dimensions, actionDimensions, 1);
        this.rolloutState = model.newRolloutState();
        this.start = new double[dimensions];
        this.action = new double[actionDimensions];
    }

    /** Sets the observation every rollout starts from (copied). */
    public void from(double[] observation) {
        System.arraycopy(observation, 0, start, 0, start.length);
    }

    @Override
    public void evaluate(double[] candidates, int population, double[] values) {
        int length = horizon * actionDimensions;
        for (int i = 0; i < population; i++) {
            double sum = 0;
            for (int p = 0; p < particles; p++) {
                sum += rollout(candidates, i * length);
            }
            values[i] = sum / particles;
        }
    }

    /** The discounted return of the sequence at {@code offset} from the start, one particle. */
    private double rollout(double[] candidates, int offset) {
        System.arraycopy(candidates, offset, action, 0, actionDimensions);
        query.start(start, action);
        model.startRollout(query, rolloutState);
        double value = 0;
        double weight = 1;
        for (int t = 0; t < horizon; t++) {
            System.arraycopy(candidates, offset + t * actionDimensions, action, 0, actionDimensions);
            query.start(query.observation(), action);
            if (!model.knows(query)) {
                break;
            }
            model.sample(query, rolloutState);
            value += weight * query.reward();
            if (query.terminated()) {
                break;
            }
            weight *= discount;
            query.advance();
        }
        return value;
    }
}
