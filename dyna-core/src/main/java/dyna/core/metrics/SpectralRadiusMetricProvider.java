package dyna.core.metrics;

import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.model.ExpectationModel;
import dyna.api.provider.Parameters;
import dyna.core.analysis.SpectralRadius;
import java.util.List;
import java.util.Set;

/**
 * Provides {@code spectral-radius}: after each episode, the largest spectral radius ρ(γF^a) over
 * the actions of an expectation model ({@link SpectralRadius}); any environment. Linear Dyna may
 * diverge on a model whose radius is 1 or more (Wan et al. 2019).
 */
public final class SpectralRadiusMetricProvider implements MetricProvider {

    @Override
    public String id() {
        return "spectral-radius";
    }

    @Override
    public String description() {
        return "largest spectral radius of gamma F^a over the actions of an expectation model (Linear Dyna)";
    }

    @Override
    public List<MetricColumn> columns() {
        return List.of(new MetricColumn("spectral_radius", true,
                "the largest spectral radius of γF^a over the actions of the expectation model"));
    }

    @Override
    public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
        if (!(agent.model() instanceof ExpectationModel)) {
            throw new IllegalArgumentException("metric spectral_radius needs a model that offers expectations "
                    + "(linear-expectation), and this one (" + agent.model().getClass().getSimpleName() + ") does not");
        }
        SpectralRadius radius = new SpectralRadius(agent.features().size());
        return (episode, values) -> values[0] = radius.max((ExpectationModel) agent.model(),
                agent.values().actions(), agent.discount());
    }
}
