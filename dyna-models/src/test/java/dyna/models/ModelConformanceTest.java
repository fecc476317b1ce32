package dyna.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.api.env.Environment;
import dyna.api.model.ModelProvider;
import dyna.api.provider.Parameters;
import dyna.testkit.ModelChecker;
import dyna.testkit.NoisyTrack;
import dyna.testkit.SlipperyCorridor;
import dyna.models.linear.LinearExpectationModelProvider;
import dyna.models.neural.NeuralEnsembleProvider;
import dyna.models.none.NoModelProvider;
import dyna.models.replay.ReplayModelProvider;
import dyna.models.tabular.TabularDeterministicModelProvider;
import dyna.models.tabular.TabularStochasticModelProvider;
import dyna.models.tabular.TabularTimeModelProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every built-in model that learns passes the test kit's model checks here, where its code lives:
 * over discrete states in the slippery corridor and over box observations on the noisy track.
 * The checks include saving: a model read back gives the same answers as the one saved (pairs,
 * outcomes, uncertainty, predecessors, expectations), so a saved part that loses what it held
 * fails here, not first in {@code dyna-app}. (The true and known-dynamics models need an
 * environment's dynamics; {@code dyna-app}'s conformance test checks them in the built-in worlds.)
 */
class ModelConformanceTest {

    /** The providers module-info lists (a test's module does not use the service itself). */
    private static final List<ModelProvider> BUILT_IN = List.of(new TabularDeterministicModelProvider(),
            new TabularTimeModelProvider(), new TabularStochasticModelProvider(), new ReplayModelProvider(),
            new NoModelProvider(), new LinearExpectationModelProvider(), new NeuralEnsembleProvider());

    @ParameterizedTest(name = "{0} in the {1}")
    @CsvSource({
        "tabular-deterministic, corridor", "tabular-time, corridor", "tabular-stochastic, corridor",
        "replay, corridor", "no-model, corridor", "linear-expectation, corridor",
        "linear-expectation estimator=least-squares, corridor",
        "replay, track", "no-model, track",
        "neural-ensemble members=3 width=8 batch=16 train-every=50 max-epochs=3 capacity=500, track"})
    void passesTheModelChecks(String modelWithParameters, String world) {
        String[] words = modelWithParameters.split(" ");
        ModelProvider provider = BUILT_IN.stream().filter(p -> p.id().equals(words[0])).findFirst().orElseThrow();
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            values.put(words[i].substring(0, words[i].indexOf('=')), words[i].substring(words[i].indexOf('=') + 1));
        }
        Supplier<Environment> environment = world.equals("corridor") ? () -> new SlipperyCorridor(5) : NoisyTrack::new;
        assertEquals(List.of(), ModelChecker.check(provider, Parameters.resolve(provider.parameters(), values),
                environment, 7, 400), modelWithParameters + " in the " + world);
    }
}
