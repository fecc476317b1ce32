package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.EnvironmentProvider;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.core.registry.ProviderRegistry;
import dyna.testkit.ModelChecker;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every built-in model passes the test kit's model checks in the worlds it works in. */
class ModelConformanceTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    @ParameterizedTest
    @CsvSource({
        "tabular-deterministic, dyna-maze", "tabular-time, dyna-maze", "tabular-stochastic, dyna-maze",
        "known-dynamics, dyna-maze", "replay, dyna-maze", "no-model, dyna-maze",
        "tabular-deterministic, random-task", "tabular-stochastic, random-task", "known-dynamics, random-task",
        "replay, random-task", "replay, mountain-car", "no-model, mountain-car", "linear-expectation, dyna-maze",
        "linear-expectation, random-task", "linear-expectation estimator=least-squares, random-task",
        "neural-ensemble members=2 width=8 batch=32 train-every=100 max-epochs=2 capacity=1000, mountain-car",
        "true-model, mountain-car", "true-model, cart-pole", "true-model, pendulum",
        "true-model, mountain-car-continuous", "no-model, pendulum",
        "neural-ensemble members=2 width=8 batch=32 train-every=100 max-epochs=2 capacity=1000, pendulum"})
    void passesTheModelChecks(String modelWithParameters, String environment) {
        String[] words = modelWithParameters.split(" ");
        String model = words[0];
        Map<String, String> parameters = new java.util.HashMap<>();
        for (int i = 1; i < words.length; i++) {
            parameters.put(words[i].substring(0, words[i].indexOf('=')), words[i].substring(words[i].indexOf('=') + 1));
        }
        ModelProvider provider = (ModelProvider) REGISTRY.find(ComponentKind.MODEL, model);
        EnvironmentProvider world = (EnvironmentProvider) REGISTRY.find(ComponentKind.ENVIRONMENT, environment);
        Parameters worldParameters = Parameters.resolve(world.parameters(),
                environment.equals("random-task") ? Map.of("states", "12", "branching", "3") : Map.of());
        assertEquals(java.util.List.of(), ModelChecker.check(provider, Parameters.resolve(provider.parameters(), parameters),
                () -> world.create(worldParameters), 5, 400), modelWithParameters + " in " + environment);
    }

    /** The checks see box actions: a model that overwrites the torque of its query is caught. */
    @Test
    void aModelThatChangesTheBoxActionOfItsQueryIsCaught() {
        ModelProvider truth = (ModelProvider) REGISTRY.find(ComponentKind.MODEL, "true-model");
        ModelProvider careless = new ModelProvider() {
            @Override
            public String id() {
                return "careless";
            }

            @Override
            public String description() {
                return "the true model, writing 0 into the action of each query";
            }

            @Override
            public Model create(Parameters parameters, ComponentContext context) {
                Model model = truth.create(parameters, context);
                return new Model() {
                    @Override
                    public void observe(Transition real) {
                    }

                    @Override
                    public boolean knows(Transition query) {
                        return true;
                    }

                    @Override
                    public void sample(Transition query) {
                        model.sample(query);
                        query.actionVector()[0] = 0;
                    }
                };
            }
        };
        EnvironmentProvider pendulum = (EnvironmentProvider) REGISTRY.find(ComponentKind.ENVIRONMENT, "pendulum");
        java.util.List<String> problems = ModelChecker.check(careless, Parameters.defaults(truth.parameters()),
                () -> pendulum.create(Parameters.defaults(pendulum.parameters())), 5, 50);
        assertTrue(problems.stream().anyMatch(p -> p.contains("changed the start of the query")), problems.toString());
    }
}
