package dyna.examples.windy;

import dyna.api.env.Transition;
import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import dyna.api.run.EpisodeResult;
import dyna.api.space.Discrete;
import java.util.List;
import java.util.Set;

/**
 * Provides {@code state-coverage}: after each episode, the share of the environment's states the
 * agent has been in at least once so far, from the real steps it sees. Any environment with
 * discrete observations; {@code metrics: [steps, state_coverage]} in an experiment file.
 */
public final class StateCoverageMetricProvider implements MetricProvider {

    @Override
    public String id() {
        return "state-coverage";
    }

    @Override
    public String description() {
        return "Share of the states visited at least once so far, after each episode";
    }

    @Override
    public List<MetricColumn> columns() {
        return List.of(new MetricColumn("state_coverage", true, "share of the states visited at least once so far"));
    }

    @Override
    public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
        if (!(agent.environment().observationSpace() instanceof Discrete states)) {
            throw new IllegalArgumentException("metric state_coverage needs discrete observations, and this "
                    + "environment's are " + agent.environment().observationSpace().describe());
        }
        boolean[] visited = new boolean[states.n()];
        return new Metric() {
            private int count;

            @Override
            public boolean observesSteps() {
                return true;
            }

            @Override
            public void step(Transition real) {
                mark(real.state());
                mark(real.nextState());
            }

            private void mark(int state) {
                if (!visited[state]) {
                    visited[state] = true;
                    count++;
                }
            }

            @Override
            public void episodeEnded(EpisodeResult episode, double[] values) {
                values[0] = (double) count / visited.length;
            }
        };
    }
}
