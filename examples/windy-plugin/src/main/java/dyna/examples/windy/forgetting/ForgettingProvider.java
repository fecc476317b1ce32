package dyna.examples.windy.forgetting;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ExtensionProvider;

/** Creates forgetting schedules: the provider interface of the plugin's kind {@code forgetting}. */
public interface ForgettingProvider extends ExtensionProvider<Forgetting> {

    /** The kind: one schedule per agent, exponential forgetting unless an experiment names another. */
    ComponentKind KIND = ComponentKind.declare("forgetting", "FORGETTING SCHEDULES", "exponential-forgetting");

    @Override
    default ComponentKind kind() {
        return KIND;
    }

    @Override
    default Class<Forgetting> componentType() {
        return Forgetting.class;
    }
}
