package dyna.envs.random;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides the random tasks of Sutton and Barto's Figure 8.8. */
public final class RandomTaskProvider implements EnvironmentProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("states", 1000, 1, 1_000_000, "number of states n"),
            ParameterSpec.integer("branching", 1, 1, 1000, "b, the possible next states of each state-action pair"),
            ParameterSpec.real("termination", 0.1, 0, 1, "probability that any transition ends the episode"));

    @Override
    public String id() {
        return "random-task";
    }

    @Override
    public String description() {
        return "Random task of Sutton & Barto Figure 8.8: n states, 2 actions, branching b, N(0,1) rewards";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    /** The most outcomes a task may have (states x 2 actions x branching); its table grows with them. */
    static final long MAX_OUTCOMES = 50_000_000;

    @Override
    public Environment create(Parameters parameters) {
        long outcomes = 2L * parameters.getInt("states") * parameters.getInt("branching");
        if (outcomes > MAX_OUTCOMES) {
            throw new IllegalArgumentException("random-task: states x 2 actions x branching = " + outcomes
                    + " outcomes; at most " + MAX_OUTCOMES + " are allowed");
        }
        return new RandomTask(parameters.getInt("states"), parameters.getInt("branching"),
                parameters.getDouble("termination"));
    }
}
