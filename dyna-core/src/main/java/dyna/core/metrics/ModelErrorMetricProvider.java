package dyna.core.metrics;

import dyna.api.env.Transition;
import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.model.ExpectationModel;
import dyna.api.provider.Parameters;
import dyna.api.run.EpisodeResult;
import dyna.api.space.Box;
import dyna.core.analysis.ModelError;
import dyna.core.analysis.RolloutError;
import java.util.List;
import java.util.Set;

/**
 * Provides {@code model-error}: after each episode, how far the agent's model is from the truth.
 * Against a transition table ({@link ModelError}): for tabular models the visit-weighted total
 * variation distance of next-state distributions, for expectation models the visit-weighted RMS
 * error of the expected next features and reward (tables of at most {@value
 * ValueErrorMetricProvider#MAX_PAIRS} pairs). On a continuous world with a simulator, by a model
 * that samples: the one-step error on the episode's own states ({@code model_error}) and the
 * error after {@value #HORIZON} steps of the agent's own actions ({@code model_error_5}), which
 * shows how errors compound along a rollout ({@link RolloutError}: RMS over dimensions, each in
 * units of its standard deviation). Measuring a sampling model draws from its random stream, as
 * planning does, so the metric is part of the run's identity.
 */
public final class ModelErrorMetricProvider implements MetricProvider {

    /** The k of {@code model_error_5}. */
    public static final int HORIZON = 5;
    /** The most states of an episode that the continuous model errors start from. */
    public static final int STARTS = 100;

    private static final String ONE_STEP = "model_error";
    private static final String K_STEP = "model_error_5";

    @Override
    public String id() {
        return "model-error";
    }

    @Override
    public String description() {
        return "error of the agent's model against the environment's transition table, or its simulator (1 and "
                + HORIZON + " steps)";
    }

    @Override
    public List<MetricColumn> columns() {
        return List.of(new MetricColumn(ONE_STEP, true, "the model's error against the truth after one step"),
                new MetricColumn(K_STEP, true, "on a continuous world, the model's error after " + HORIZON
                        + " steps of the agent's own actions"));
    }

    @Override
    public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
        if (continuous(agent)) {
            RolloutError rollouts = new RolloutError(agent.environment().simulator().orElseThrow(),
                    ((Box) agent.environment().observationSpace()).dimensions(), HORIZON, STARTS);
            return new Metric() {
                @Override
                public boolean observesSteps() {
                    return true;
                }

                @Override
                public void step(Transition real) {
                    rollouts.accept(real);
                }

                @Override
                public void episodeEnded(EpisodeResult episode, double[] values) {
                    RolloutError.Errors measured = rollouts.measure(agent.model());
                    values[0] = measured.oneStep();
                    values[1] = measured.kStep();
                }
            };
        }
        if (chosen.contains(K_STEP)) {
            throw new IllegalArgumentException("metric " + K_STEP + " needs a continuous environment that can "
                    + "simulate from an observation (cart-pole, acrobot, mountain-car)");
        }
        ValueErrorMetricProvider.table(agent, ONE_STEP, ", or a continuous one that can simulate from an observation");
        if (!ModelError.measurable(agent.model())) {
            throw new IllegalArgumentException("metric " + ONE_STEP + " needs a model that offers distributions or "
                    + "expectations, and this one (" + agent.model().getClass().getSimpleName() + ") offers neither");
        }
        long[] visits = agent.visits();
        return (episode, values) -> values[0] = new ModelError(agent.environment().transitionTable().orElseThrow(),
                agent.features().size(), agent.features().maxActive()).of(agent.model(), agent.features(), visits);
    }

    /**
     * Whether the error is measured by rollouts against the simulator: on a world with box
     * observations and a simulator, by a model that samples.
     */
    private static boolean continuous(AgentView agent) {
        return agent.environment().observationSpace() instanceof Box
                && agent.environment().simulator().isPresent()
                && !(agent.model() instanceof ExpectationModel);
    }
}
