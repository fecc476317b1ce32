package dyna.app.bench;

import com.sun.management.ThreadMXBean;
import dyna.api.env.Transition;
import dyna.api.learning.QTable;
import dyna.api.model.Model;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.experiment.stats.Samples;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.lang.management.ManagementFactory;

/**
 * Dyna-Q planning updates per second on the Dyna maze, through the framework's public SPIs
 * (planner, planning context, model, update rule, all found by the registry) and through a
 * hand-written loop over primitive arrays, alternated in rounds within one JVM. Both plan with
 * the same learned model.
 */
public final class PlanningBenchmark {

    private static final int LEARNING_EPISODES = 30;
    private static final int MEASURED_EPISODES = 2000;

    private PlanningBenchmark() {
    }

    /** Runs the benchmark; {@code rounds} timed rounds per side after one warm-up round each. */
    public static PlanningBenchmarkResult run(ProviderRegistry registry, long updates, int rounds) {
        AgentConfiguration configuration = AgentConfiguration.resolve(registry, AgentSpec.dynaQ("dyna-maze"));
        DynaAgent agent = AgentFactory.of(configuration).create(7);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

        for (int e = 0; e < LEARNING_EPISODES; e++) {
            agent.runEpisode();
        }
        long bytesBefore = threads.getCurrentThreadAllocatedBytes();
        long stepsBefore = agent.counters().realSteps();
        for (int e = 0; e < MEASURED_EPISODES; e++) {
            agent.runEpisode();
        }
        double bytesPerRealStep = (double) (threads.getCurrentThreadAllocatedBytes() - bytesBefore)
                / (agent.counters().realSteps() - stepsBefore);

        Parameters rule = configuration.component(ComponentKind.UPDATE_RULE).parameters();
        HandWrittenDynaQ baseline = copy(agent.model(), agent.table(), rule.getDouble("alpha"), rule.getDouble("gamma"));

        double[] framework = new double[rounds];
        double[] handWritten = new double[rounds];
        long frameworkBytes = 0;
        for (int round = -1; round < rounds; round++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            agent.planner().plan((int) Math.min(updates, Integer.MAX_VALUE));
            long t1 = System.nanoTime();
            if (round >= 0) {
                frameworkBytes += threads.getCurrentThreadAllocatedBytes() - bytes;
            }
            baseline.plan(updates);
            long t2 = System.nanoTime();
            if (round >= 0) {
                framework[round] = updates / ((t1 - t0) / 1e9);
                handWritten[round] = updates / ((t2 - t1) / 1e9);
            }
        }
        if (Double.isNaN(baseline.checksum() + agent.table().max(0))) {
            throw new IllegalStateException("values diverged");
        }
        double frameworkRate = Samples.median(framework);
        double baselineRate = Samples.median(handWritten);
        return new PlanningBenchmarkResult(frameworkRate, baselineRate, frameworkRate / baselineRate,
                (double) frameworkBytes / (updates * rounds), bytesPerRealStep, updates, rounds);
    }

    private static HandWrittenDynaQ copy(Model model, QTable values, double alpha, double gamma) {
        int actions = values.actions();
        int states = values.states();
        int[] observed = new int[states];
        int observedCount = 0;
        int[] actionsOf = new int[states * actions];
        int[] actionCount = new int[states];
        int[] next = new int[states * actions];
        double[] reward = new double[states * actions];
        boolean[] terminal = new boolean[states * actions];
        Transition outcome = new Transition();
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < actions; a++) {
                if (!model.knows(outcome.start(s, a))) {
                    continue;
                }
                if (actionCount[s] == 0) {
                    observed[observedCount++] = s;
                }
                actionsOf[s * actions + actionCount[s]++] = a;
                model.sample(outcome);
                next[s * actions + a] = outcome.nextState();
                reward[s * actions + a] = outcome.reward();
                terminal[s * actions + a] = outcome.terminated();
            }
        }
        return new HandWrittenDynaQ(actions, java.util.Arrays.copyOf(observed, observedCount), actionsOf, actionCount,
                next, reward, terminal,
                values.toArray(), alpha, gamma, 11);
    }
}
