package dyna.api.model;

import dyna.api.env.Transition;

/**
 * A model that says how unsure it is of a prediction: for an ensemble, the disagreement of its
 * members. Exploration bonuses may read it as optimism, and planners may stop a rollout where it
 * grows too large.
 */
public interface UncertaintyModel extends Model {

    /**
     * The model's uncertainty about the outcome of the pair at the start of {@code query}: 0 when
     * it is sure, larger when it is not, in units the model documents (for {@code
     * neural-ensemble}, the members' standard deviation of the predicted next observation,
     * averaged over its dimensions and measured in the observations' own scale). Writes nothing
     * into {@code query}.
     */
    double uncertainty(Transition query);
}
