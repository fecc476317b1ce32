/**
 * Dyna's built-in environments. Exports nothing: its environments are found through
 * {@link dyna.api.env.EnvironmentProvider}.
 */
module dyna.envs {
    requires dyna.api;

    provides dyna.api.env.EnvironmentProvider with
            dyna.envs.grid.DynaMazeProvider,
            dyna.envs.grid.BlockingMazeProvider,
            dyna.envs.grid.ShortcutMazeProvider,
            dyna.envs.random.RandomTaskProvider,
            dyna.envs.classic.MountainCarProvider;
}
