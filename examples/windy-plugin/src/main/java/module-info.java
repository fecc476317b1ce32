/**
 * An example Dyna plugin: the windy gridworld (Sutton and Barto, Example 6.5), a model for
 * non-stationary worlds that forgets, a component kind of its own (how fast the model forgets),
 * a metric and an episode listener. It needs dyna.api alone; it exports only its kind's API.
 */
module dyna.examples.windy {
    requires dyna.api;

    exports dyna.examples.windy.forgetting;

    provides dyna.api.env.EnvironmentProvider with dyna.examples.windy.WindyGridworldProvider;
    provides dyna.api.model.ModelProvider with dyna.examples.windy.ForgetfulModelProvider;
    provides dyna.api.provider.KindDeclaration with dyna.examples.windy.forgetting.ForgettingKind;
    provides dyna.examples.windy.forgetting.ForgettingProvider with dyna.examples.windy.ExponentialForgettingProvider,
            dyna.examples.windy.NoForgettingProvider;
    provides dyna.api.metric.MetricProvider with dyna.examples.windy.StateCoverageMetricProvider;
    provides dyna.api.run.EpisodeListener with dyna.examples.windy.WindyReport;
}
