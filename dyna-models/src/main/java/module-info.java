/**
 * Dyna's built-in models. Exports nothing: its models are found through
 * {@link dyna.api.model.ModelProvider}.
 */
module dyna.models {
    requires dyna.api;
    requires dyna.nn;

    provides dyna.api.model.ModelProvider with
            dyna.models.tabular.TabularDeterministicModelProvider,
            dyna.models.tabular.TabularTimeModelProvider,
            dyna.models.tabular.TabularStochasticModelProvider,
            dyna.models.tabular.KnownDynamicsModelProvider,
            dyna.models.replay.ReplayModelProvider,
            dyna.models.none.NoModelProvider,
            dyna.models.linear.LinearExpectationModelProvider,
            dyna.models.truth.TrueModelProvider,
            dyna.models.neural.NeuralEnsembleProvider;
}
