/**
 * An example Dyna plugin: the windy gridworld (Sutton and Barto, Example 6.5), a model for
 * non-stationary worlds that forgets, and an episode listener. It needs dyna.api alone; it
 * exports nothing, it only provides.
 */
module dyna.examples.windy {
    requires dyna.api;

    provides dyna.api.env.EnvironmentProvider with dyna.examples.windy.WindyGridworldProvider;
    provides dyna.api.model.ModelProvider with dyna.examples.windy.ForgetfulModelProvider;
    provides dyna.api.run.EpisodeListener with dyna.examples.windy.WindyReport;
}
