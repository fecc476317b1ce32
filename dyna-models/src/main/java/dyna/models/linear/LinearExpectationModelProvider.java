package dyna.models.linear;

import dyna.api.learning.Features;
import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/** Provides {@code linear-expectation}: Linear Dyna's expectation model (F^a, b^a) over the run's features. */
public final class LinearExpectationModelProvider implements ModelProvider {

    /** The most features least squares takes: it keeps four n × n arrays per action. */
    static final int LEAST_SQUARES_MAX_FEATURES = 1024;

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.choice("estimator", "lms", List.of("lms", "least-squares"),
                    "lms: F and b move by model-alpha per real step; least-squares: fitted to every real "
                            + "transition so far (up to " + LEAST_SQUARES_MAX_FEATURES + " features)"),
            ParameterSpec.real("model-alpha", 0.1, 1e-9, 1,
                    "LMS step size α_m (with k active binary features, keep α_m k below 2)"),
            ParameterSpec.real("ridge", 1e-6, 0, 1e6, "least squares' ridge λ added to the diagonal of Σ x xᵀ"));

    @Override
    public String id() {
        return "linear-expectation";
    }

    @Override
    public String description() {
        return "Linear Dyna's expectation model: F^a x ≈ E[x'], b^a · x ≈ E[r] per action, by LMS or least squares";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.EXPECTATION);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        throw new IllegalArgumentException(id() + " learns over the run's features and must be created with them");
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context, Features features) {
        boolean leastSquares = parameters.getText("estimator").equals("least-squares");
        if (leastSquares && features.size() > LEAST_SQUARES_MAX_FEATURES) {
            throw new IllegalArgumentException(id() + " estimator least-squares keeps n × n sums per action and takes up to "
                    + LEAST_SQUARES_MAX_FEATURES + " features, but the run's features have " + features.size()
                    + "; use estimator lms");
        }
        return new LinearExpectationModel(features.size(), context.actionCount(id()),
                leastSquares ? Double.NaN : parameters.getDouble("model-alpha"), parameters.getDouble("ridge"));
    }
}
