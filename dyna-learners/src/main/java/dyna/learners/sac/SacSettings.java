package dyna.learners.sac;

/**
 * The settings of Soft Actor-Critic, under Stable-Baselines3's names where it has them.
 *
 * @param actorLearningRate     Adam's step size for the actor
 * @param criticLearningRate    Adam's step size for the critics
 * @param alphaLearningRate     Adam's step size for log α, the entropy temperature
 * @param gamma                 the discount
 * @param tau                   Polyak averaging of the target critics
 * @param batchSize             transitions per gradient step
 * @param hidden                units per hidden layer (actor and critics)
 * @param layers                hidden layers
 * @param learningStarts        real steps of uniformly random actions before learning starts
 * @param bufferSize            real transitions kept
 * @param updatesPerStep        gradient steps per real step
 * @param targetUpdateInterval  gradient steps between Polyak updates of the targets
 * @param initialAlpha          the temperature at the start (learned when {@code learnAlpha})
 * @param learnAlpha            whether α is learned toward the target entropy (SB3's {@code "auto"})
 * @param targetEntropy         the entropy α is tuned toward (−dim A by default)
 * @param twinCritics           whether the target is the minimum of two critics (the ablation: one)
 * @param realRatio             the share of a batch drawn from real transitions once simulated ones exist (MBPO)
 * @param modelBufferSize       simulated transitions kept (the newest: data of bounded age)
 */
record SacSettings(double actorLearningRate, double criticLearningRate, double alphaLearningRate, double gamma,
        double tau, int batchSize, int hidden, int layers, int learningStarts, int bufferSize, int updatesPerStep,
        int targetUpdateInterval, double initialAlpha, boolean learnAlpha, double targetEntropy, boolean twinCritics,
        double realRatio, int modelBufferSize) {
}
