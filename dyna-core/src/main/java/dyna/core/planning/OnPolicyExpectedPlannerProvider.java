package dyna.core.planning;

import dyna.api.model.ModelCapability;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Provides trajectory sampling: expected updates along simulated ε-greedy trajectories. */
public final class OnPolicyExpectedPlannerProvider implements PlannerProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.real("epsilon", 0.1, 0, 1,
            "probability of a uniformly random action in the simulated trajectories"));

    @Override
    public String id() {
        return "on-policy-expected";
    }

    @Override
    public String description() {
        return "Trajectory sampling: expected updates along model trajectories of the epsilon-greedy policy";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Set<ModelCapability> requires() {
        return EnumSet.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION);
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new OnPolicyExpectedPlanner(context, parameters.getDouble("epsilon"));
    }
}
