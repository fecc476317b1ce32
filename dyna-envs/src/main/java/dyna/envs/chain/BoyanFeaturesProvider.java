package dyna.envs.chain;

import dyna.api.learning.Features;
import dyna.api.learning.FeaturesProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/** Provides {@code boyan-features}, the Boyan chain's interpolating features. */
public final class BoyanFeaturesProvider implements FeaturesProvider {

    @Override
    public String id() {
        return "boyan-features";
    }

    @Override
    public String description() {
        return "The Boyan chain's features: unit vectors at every 4th state from the start, linear in between";
    }

    @Override
    public Features create(Parameters parameters, ComponentContext context) {
        return new BoyanFeatures(context.stateCount(id()));
    }
}
