package dyna.api.model;

/**
 * What a model can answer besides learning. A planner declares the capabilities it needs, and
 * the wiring checks them before the first step.
 */
public enum ModelCapability {
    /** Simulated outcomes of known pairs ({@link Model#sample}); every model has it. */
    SAMPLES("samples"),
    /** The full distribution of outcomes of a known pair ({@link DistributionModel}). */
    DISTRIBUTION("distributions"),
    /** The pairs predicted to lead to a state ({@link PredecessorModel}). */
    PREDECESSORS("predecessors");

    private final String label;

    ModelCapability(String label) {
        this.label = label;
    }

    /** The capability as users read it, for example {@code predecessors}. */
    public String label() {
        return label;
    }

    /** Whether {@code model} offers this capability. */
    public boolean offeredBy(Model model) {
        return switch (this) {
            case SAMPLES -> true;
            case DISTRIBUTION -> model instanceof DistributionModel;
            case PREDECESSORS -> model instanceof PredecessorModel;
        };
    }
}
