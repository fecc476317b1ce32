package dyna.examples.windy;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.Parameters;

/** Provides the windy gridworld (Example 6.5). */
public final class WindyGridworldProvider implements EnvironmentProvider {

    @Override
    public String id() {
        return "windy-gridworld";
    }

    @Override
    public String description() {
        return "Windy gridworld of Sutton & Barto Example 6.5 (7x10, upward wind by column, -1 per step)";
    }

    @Override
    public Environment create(Parameters parameters) {
        return new WindyGridworld();
    }
}
