package dyna.core.values;

import dyna.api.learning.ActionValues;
import dyna.api.learning.ActionValuesProvider;
import dyna.api.learning.Features;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/** Provides linear action values over the run's features, Q(s, a) = w_a · x(s). */
public final class LinearValuesProvider implements ActionValuesProvider {

    @Override
    public String id() {
        return "linear";
    }

    @Override
    public String description() {
        return "Linear values over the features: Q(s, a) = w_a . x(s), weights starting at 0";
    }

    @Override
    public ActionValues create(Parameters parameters, ComponentContext context, Features features) {
        return new LinearValues(features.size(), context.actionCount(id()));
    }
}
