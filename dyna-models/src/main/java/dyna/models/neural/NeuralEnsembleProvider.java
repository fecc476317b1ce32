package dyna.models.neural;

import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Provides {@code neural-ensemble}: a probabilistic ensemble of neural networks over box observations (PETS, MBPO). */
public final class NeuralEnsembleProvider implements ModelProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("members", 5, 1, 100, "networks in the ensemble, each trained on its own bootstrap sample"),
            ParameterSpec.integer("elites", 0, 0, 100, "how many of the members with the lowest validation error predict; 0 for all"),
            ParameterSpec.integer("layers", 2, 1, 16, "hidden layers per network"),
            ParameterSpec.integer("width", 64, 1, 4096, "units per hidden layer"),
            ParameterSpec.choice("activation", "silu", List.of("silu", "relu", "tanh"), "the hidden layers' nonlinearity"),
            ParameterSpec.real("learning-rate", 1e-3, 1e-8, 1, "Adam's step size"),
            ParameterSpec.real("weight-decay", 5e-5, 0, 1, "L2 weight decay of weights and biases"),
            ParameterSpec.integer("batch", 256, 1, 65_536, "minibatch size"),
            ParameterSpec.integer("train-every", 250, 1, 10_000_000, "retrain after this many real steps"),
            ParameterSpec.integer("max-epochs", 20, 1, 100_000, "the most passes over the data per retraining"),
            ParameterSpec.integer("max-batches", 0, 0, Integer.MAX_VALUE,
                    "the most minibatch steps per member per retraining, 0 for no cap (MBPO's max_grad_updates)"),
            ParameterSpec.integer("patience", 5, 1, 100_000,
                    "stop a retraining after this many epochs in which no member improved its validation error by 1%"),
            ParameterSpec.real("validation", 0.2, 0, 0.9,
                    "share of the data held out to choose elites and stop early; 0 for none (every retraining runs max-epochs)"),
            ParameterSpec.integer("capacity", 100_000, 1, 10_000_000, "the most recent real transitions kept to train on"),
            ParameterSpec.choice("propagation", "random-member", List.of("random-member", "fixed-member", "mean"),
                    "which member predicts each step of a rollout: a random elite per step (TS1, MBPO), one per "
                            + "rollout (TS-inf, PETS), or the elites' mean"),
            ParameterSpec.choice("noise", "gaussian", List.of("gaussian", "none"),
                    "sample each prediction from its Gaussian, or take its mean"));

    @Override
    public String id() {
        return "neural-ensemble";
    }

    @Override
    public String description() {
        return "A probabilistic ensemble of Gaussian MLPs over box observations (PETS, MBPO): learns the change of "
                + "the observation, the reward and termination; retrained every train-every real steps";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.UNCERTAINTY, ModelCapability.BATCHES);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        if (!(context.observations() instanceof Box box)) {
            throw new IllegalArgumentException("neural-ensemble works with box observations, but the environment's are "
                    + context.observations().describe() + "; use a tabular model");
        }
        return new NeuralEnsemble(settings(parameters), box, context.actionSpace(), context.random());
    }

    /** The settings the parameters give. */
    static EnsembleSettings settings(Parameters parameters) {
        int members = parameters.getInt("members");
        int elites = parameters.getInt("elites");
        if (elites > members) {
            throw new IllegalArgumentException("neural-ensemble has " + members + " members, so elites must be at most "
                    + members + " (or 0 for all), not " + elites);
        }
        int[] hidden = new int[parameters.getInt("layers")];
        java.util.Arrays.fill(hidden, parameters.getInt("width"));
        return new EnsembleSettings(members, elites == 0 ? members : elites, hidden,
                dyna.nn.Activation.valueOf(parameters.getText("activation").toUpperCase(Locale.ROOT)), parameters.getDouble("learning-rate"),
                parameters.getDouble("weight-decay"), parameters.getInt("batch"), parameters.getInt("train-every"),
                parameters.getInt("max-epochs"), parameters.getInt("max-batches"), parameters.getInt("patience"), parameters.getDouble("validation"),
                parameters.getInt("capacity"), EnsembleSettings.Propagation.valueOf(
                        parameters.getText("propagation").toUpperCase(Locale.ROOT).replace('-', '_')),
                parameters.getText("noise").equals("gaussian"));
    }
}
