package dyna.core.values;

import dyna.api.learning.ActionValues;
import dyna.api.learning.ActionValuesProvider;
import dyna.api.learning.Features;
import dyna.api.learning.QTable;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/**
 * Provides tabular action values, a {@link QTable} indexed by the discrete state: the book's
 * tabular methods, and linear values over one-hot features made fast by construction.
 */
public final class TabularValuesProvider implements ActionValuesProvider {

    @Override
    public String id() {
        return "tabular";
    }

    @Override
    public String description() {
        return "A table of Q(s, a) over discrete states (linear values over one-hot features, indexed directly)";
    }

    @Override
    public boolean usesFeatures() {
        return false;
    }

    @Override
    public ActionValues create(Parameters parameters, ComponentContext context, Features features) {
        return new QTable(context.stateCount(id()), context.actionCount(id()));
    }
}
