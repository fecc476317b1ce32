/**
 * Dyna's built-in environments, and the Boyan chain's own features. Exports nothing: they are
 * found through {@link dyna.api.env.EnvironmentProvider} and {@link dyna.api.learning.FeaturesProvider}.
 */
module dyna.envs {
    requires dyna.api;

    provides dyna.api.env.EnvironmentProvider with
            dyna.envs.grid.DynaMazeProvider,
            dyna.envs.grid.BlockingMazeProvider,
            dyna.envs.grid.ShortcutMazeProvider,
            dyna.envs.random.RandomTaskProvider,
            dyna.envs.classic.MountainCarProvider,
            dyna.envs.classic.CartPoleProvider,
            dyna.envs.classic.AcrobotProvider,
            dyna.envs.classic.PendulumProvider,
            dyna.envs.classic.ContinuousMountainCarProvider,
            dyna.envs.chain.BoyanChainProvider;
    provides dyna.api.learning.FeaturesProvider with dyna.envs.chain.BoyanFeaturesProvider;
}
