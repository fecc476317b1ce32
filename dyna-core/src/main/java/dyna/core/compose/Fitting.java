package dyna.core.compose;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.env.Step;
import dyna.api.learning.ActionValuesProvider;
import dyna.api.learning.FeaturesProvider;
import dyna.api.learning.LearnerProvider;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.core.registry.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which loaded components can work with an environment's observations, for the one line that
 * refuses a configuration whose values, features or model cannot: tabular values on a
 * {@code Box} environment, a model that needs discrete states on continuous observations.
 */
public final class Fitting {

    private Fitting() {
    }

    /**
     * For each of values, features and model whose chosen component does not fit the
     * configuration's environment, the loaded ones that do; empty when each chosen one fits.
     *
     * @return text to append to a refusal, starting with "; "
     */
    public static String suggestions(ProviderRegistry registry, AgentConfiguration configuration) {
        Environment environment;
        ComponentContext context;
        try {
            environment = ((EnvironmentProvider) configuration.component(ComponentKind.ENVIRONMENT).provider())
                    .create(configuration.component(ComponentKind.ENVIRONMENT).parameters());
            environment.reset(0, new Step(environment.observationSpace() instanceof Box box ? box.dimensions() : 0));
            context = new ComponentContext(environment.observationSpace(), environment.actionSpace(),
                    new SplittableRandom(0), environment.transitionTable(), environment.simulator());
        } catch (RuntimeException e) {
            return "";
        }
        if (!(environment.actionSpace() instanceof Discrete)) {
            List<String> parts = new ArrayList<>();
            suggest(registry, configuration, ComponentKind.LEARNER,
                    p -> creates(() -> java.util.Objects.requireNonNull(
                            ((LearnerProvider) p).create(defaults(p), context))), parts);
            suggest(registry, configuration, ComponentKind.MODEL,
                    p -> creates(() -> ((ModelProvider) p).create(defaults(p), context)), parts);
            return parts.isEmpty() ? "" : "; for " + environment.observationSpace().describe() + " observations and "
                    + environment.actionSpace().describe() + " actions, loaded components that fit: "
                    + String.join("; ", parts);
        }
        boolean discrete = environment.observationSpace() instanceof Discrete;
        List<String> parts = new ArrayList<>();
        suggest(registry, configuration, ComponentKind.VALUES,
                p -> discrete || ((ActionValuesProvider) p).usesFeatures(), parts);
        if (((ActionValuesProvider) configuration.component(ComponentKind.VALUES).provider()).usesFeatures()
                || !discrete) {
            suggest(registry, configuration, ComponentKind.FEATURES,
                    p -> creates(() -> ((FeaturesProvider) p).create(defaults(p), context)), parts);
        }
        suggest(registry, configuration, ComponentKind.MODEL,
                p -> creates(() -> ((ModelProvider) p).create(defaults(p), context)), parts);
        return parts.isEmpty() ? "" : "; for " + environment.observationSpace().describe()
                + " observations, loaded components that fit: " + String.join("; ", parts);
    }

    private static void suggest(ProviderRegistry registry, AgentConfiguration configuration, ComponentKind kind,
            Predicate<ComponentProvider> fits, List<String> parts) {
        if (fits.test(configuration.component(kind).provider())) {
            return;
        }
        String fitting = registry.providers(kind).stream().filter(fits).map(ComponentProvider::id)
                .collect(Collectors.joining(", "));
        parts.add(kind.label() + " " + (fitting.isEmpty() ? "(none)" : fitting));
    }

    private static Parameters defaults(ComponentProvider provider) {
        return Parameters.defaults(provider.parameters());
    }

    private static boolean creates(Runnable creation) {
        try {
            creation.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
