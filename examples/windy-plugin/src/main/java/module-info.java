/**
 * An example Dyna plugin: the windy gridworld (Sutton and Barto, Example 6.5), a model for
 * non-stationary worlds that forgets, and a Guice module. Exports nothing; it only provides.
 */
module dyna.examples.windy {
    requires dyna.api;
    // Only the optional Guice module needs these two.
    requires dyna.core;
    requires com.google.guice;

    provides dyna.api.env.EnvironmentProvider with dyna.examples.windy.WindyGridworldProvider;
    provides dyna.api.model.ModelProvider with dyna.examples.windy.ForgetfulModelProvider;
    provides com.google.inject.Module with dyna.examples.windy.WindyModule;
}
