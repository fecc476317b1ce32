/**
 * Dyna's built-in learners from batches: Soft Actor-Critic ({@code sac}) on dyna-nn. Exports
 * nothing: they are found through {@link dyna.api.learning.LearnerProvider}.
 */
module dyna.learners {
    requires dyna.api;
    requires dyna.nn;

    provides dyna.api.learning.LearnerProvider with dyna.learners.sac.SacProvider;
}
