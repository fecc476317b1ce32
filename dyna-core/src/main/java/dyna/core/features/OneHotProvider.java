package dyna.core.features;

import dyna.api.learning.Features;
import dyna.api.learning.FeaturesProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/** Provides {@code one-hot} features of discrete states. */
public final class OneHotProvider implements FeaturesProvider {

    @Override
    public String id() {
        return "one-hot";
    }

    @Override
    public String description() {
        return "A discrete state as one active feature (linear values over it are a table)";
    }

    @Override
    public Features create(Parameters parameters, ComponentContext context) {
        return new OneHot(context.stateCount(id()));
    }
}
