package dyna.core.agent;

import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/**
 * The agent's own parameters, as opposed to its components'.
 *
 * @param planningSteps     n, the planning updates after each real step (0: plain Q-learning)
 * @param maxEpisodeSteps   real steps after which an episode is truncated
 */
public record AgentSettings(int planningSteps, int maxEpisodeSteps) {

    /** The declared parameters behind these settings. */
    public static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("planning-steps", 5, 0, 1_000_000, "n, planning updates after each real step"),
            ParameterSpec.integer("max-episode-steps", 1_000_000, 1, Integer.MAX_VALUE,
                    "real steps after which an episode is truncated (a time limit)"));

    /** Checks the ranges. */
    public AgentSettings {
        if (planningSteps < 0 || maxEpisodeSteps < 1) {
            throw new IllegalArgumentException("planning-steps must be >= 0 and max-episode-steps >= 1");
        }
    }

    /** The settings from resolved values of {@link #PARAMETERS}. */
    public static AgentSettings from(Parameters parameters) {
        return new AgentSettings(parameters.getInt("planning-steps"), parameters.getInt("max-episode-steps"));
    }

    /** The book's defaults: 5 planning steps, no practical time limit. */
    public static AgentSettings defaults() {
        return from(Parameters.defaults(PARAMETERS));
    }
}
