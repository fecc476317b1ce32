package dyna.models.neural;

import dyna.nn.Activation;

/**
 * How a {@code neural-ensemble} is built and trained.
 *
 * @param members         the networks in the ensemble
 * @param elites          how many of the best (by validation error) are used to predict; all when equal to members
 * @param hidden          the widths of the hidden layers
 * @param activation      the hidden layers' nonlinearity
 * @param learningRate    Adam's step size
 * @param weightDecay     L2 weight decay
 * @param batch           the minibatch size
 * @param trainEvery      retrain after this many real steps
 * @param maxEpochs       the most passes over the data per retraining
 * @param maxBatches      the most minibatch steps per member per retraining, 0 for no cap
 *                        (MBPO's {@code max_grad_updates})
 * @param patience        stop a retraining after this many epochs in which no member improved its
 *                        validation error by 1%
 * @param validation      the share of the data held out for validation (0 for none: then every
 *                        retraining runs {@code maxEpochs})
 * @param capacity        the most recent real transitions kept
 * @param propagation     how a rollout chooses members
 * @param noise           whether predictions are sampled from the Gaussian (else its mean)
 */
record EnsembleSettings(int members, int elites, int[] hidden, Activation activation, double learningRate,
        double weightDecay, int batch, int trainEvery, int maxEpochs, int maxBatches, int patience, double validation, int capacity,
        Propagation propagation, boolean noise) {

    /** How the members of an ensemble propagate a rollout (Chua et al. 2018, PETS). */
    enum Propagation {
        /** A uniformly drawn elite member for every step (TS1, as MBPO). */
        RANDOM_MEMBER,
        /** One elite member drawn at the start of a rollout and kept for all of it (TS-∞). */
        FIXED_MEMBER,
        /** The average of the elites' means (no noise). */
        MEAN
    }
}
