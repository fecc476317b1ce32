package dyna.api.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a model can answer besides learning: a name and the interface a model implements to
 * offer it. A planner or search control declares the capabilities it needs, and the wiring checks
 * them before the first step. The set is open: a plugin declares a capability of its own with
 * {@link #of} (for example "novelty", offered by models that implement its own interface)
 * and requires it from its own planner, with no change to Dyna.
 */
public final class ModelCapability {

    /**
     * Simulated outcomes of known pairs ({@link Model#sample}); every model but an {@link
     * ExpectationModel} has it.
     */
    public static final ModelCapability SAMPLES = new ModelCapability("samples", Model.class);
    /** The full distribution of outcomes of a known pair ({@link DistributionModel}). */
    public static final ModelCapability DISTRIBUTION = new ModelCapability("distributions", DistributionModel.class);
    /** The pairs predicted to lead to a state ({@link PredecessorModel}). */
    public static final ModelCapability PREDECESSORS = new ModelCapability("predecessors", PredecessorModel.class);
    /** Expected next features and rewards of any feature vector ({@link ExpectationModel}), as Linear Dyna plans with. */
    public static final ModelCapability EXPECTATION = new ModelCapability("expectation", ExpectationModel.class);

    /** How unsure the model is of each prediction ({@link UncertaintyModel}), as an ensemble's disagreement. */
    public static final ModelCapability UNCERTAINTY = new ModelCapability("uncertainty", UncertaintyModel.class);

    /** Many rollouts stepped at once ({@link BatchModel}), as a controller evaluates a population of plans. */
    public static final ModelCapability BATCHES = new ModelCapability("batches", BatchModel.class);

    private final String label;
    private final Class<?> type;

    private ModelCapability(String label, Class<?> type) {
        this.label = Objects.requireNonNull(label, "label");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * A capability: offered by the models that implement {@code type}. Two capabilities with the
     * same label and interface are equal.
     *
     * @param label the capability as users read it in messages, for example {@code uncertainty}
     * @throws IllegalArgumentException when the label is blank or {@code type} is not an interface
     */
    public static ModelCapability of(String label, Class<?> type) {
        if (label == null || label.isBlank() || type == null || !type.isInterface()) {
            throw new IllegalArgumentException("a capability needs a label and an interface that models implement");
        }
        return new ModelCapability(label, type);
    }

    /** The capabilities dyna-api defines. */
    public static List<ModelCapability> builtIn() {
        return List.of(SAMPLES, DISTRIBUTION, PREDECESSORS, EXPECTATION, UNCERTAINTY, BATCHES);
    }

    /** The capability as users read it, for example {@code predecessors}. */
    public String label() {
        return label;
    }

    /** The interface a model implements to offer it. */
    public Class<?> type() {
        return type;
    }

    /**
     * Whether {@code model} offers this capability (implements its interface); an expectation
     * model offers no samples.
     */
    public boolean offeredBy(Model model) {
        if (this.equals(SAMPLES) && model instanceof ExpectationModel) {
            return false;
        }
        return type.isInstance(model);
    }

    /** Capabilities as users read them, sorted by label: {@code [distributions, samples]}. */
    public static String describe(Collection<ModelCapability> capabilities) {
        return capabilities.stream().map(ModelCapability::label).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelCapability c && c.label.equals(label) && c.type.equals(type);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
