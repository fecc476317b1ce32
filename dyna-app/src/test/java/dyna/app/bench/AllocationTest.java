package dyna.app.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dyna.api.provider.ComponentKind;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The tabular path allocates nothing per real step or planning update, nor does linear Sarsa
 * over tile coding per real step. Counted in bytes by
 * the JVM (not timed), after a warm-up so that class loading is done.
 */
class AllocationTest {

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private DynaAgent warmAgent() {
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(ProviderRegistry.discover(),
                AgentSpec.dynaQ("dyna-maze").with("planning-steps", "5"))).create(3);
        for (int e = 0; e < 50; e++) {
            agent.runEpisode();
        }
        return agent;
    }

    @Test
    void planningUpdatesAllocateNothing() {
        DynaAgent agent = warmAgent();
        agent.planner().plan(100_000);
        long before = threads.getCurrentThreadAllocatedBytes();
        agent.planner().plan(1_000_000);
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(bytes < 10_000, bytes + " bytes allocated by 1,000,000 planning updates");
    }

    @Test
    void realStepsAllocateOnlyTheResultOfEachEpisode() {
        DynaAgent agent = warmAgent();
        long stepsBefore = agent.counters().realSteps();
        long episodesBefore = agent.counters().episodes();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < 2000; e++) {
            agent.runEpisode();
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        long steps = agent.counters().realSteps() - stepsBefore;
        long episodes = agent.counters().episodes() - episodesBefore;
        // One EpisodeResult (at most 32 bytes) per episode, and nothing per step.
        assertTrue(bytes <= 32 * episodes + 10_000, bytes + " bytes for " + steps + " steps in " + episodes + " episodes");
    }

    @Test
    void linearSarsaOverTileCodingAllocatesOnlyTheResultOfEachEpisode() {
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(ProviderRegistry.discover(),
                AgentSpec.dynaQ("mountain-car").with(ComponentKind.MODEL, "no-model")
                        .with(ComponentKind.UPDATE_RULE, "sarsa").with(ComponentKind.VALUES, "linear")
                        .with(ComponentKind.FEATURES, "tile-coding").with("epsilon", "0").with("gamma", "1")
                        .with("alpha", "0.0625").with("planning-steps", "0"))).create(3);
        for (int e = 0; e < 100; e++) {
            agent.runEpisode();
        }
        long stepsBefore = agent.counters().realSteps();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < 500; e++) {
            agent.runEpisode();
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        long steps = agent.counters().realSteps() - stepsBefore;
        assertTrue(bytes <= 32 * 500 + 10_000, bytes + " bytes for " + steps + " steps in 500 episodes");
    }

    @Test
    void theNeuralEnsembleAllocatesNothingPerPredictionOrTrainingStep() {
        dyna.api.model.ModelProvider provider = ProviderRegistry.discover()
                .find(dyna.api.model.ModelProvider.class, "neural-ensemble");
        dyna.api.model.Model model = provider.create(dyna.api.provider.Parameters.resolve(provider.parameters(),
                java.util.Map.of("train-every", "2000", "max-epochs", "3", "batch", "64")),
                new dyna.api.provider.ComponentContext(new dyna.api.space.Box(new double[] {-1, -1}, new double[] {1, 1}),
                        new dyna.api.space.Discrete(3), new java.util.SplittableRandom(1)));
        dyna.api.env.Transition t = new dyna.api.env.Transition(2);
        java.util.SplittableRandom random = new java.util.SplittableRandom(2);
        double[] s = new double[2];
        for (int i = 0; i < 1999; i++) {
            s[0] = random.nextDouble();
            s[1] = random.nextDouble();
            t.start(s, random.nextInt(3));
            t.nextObservation()[0] = s[0] + 0.1;
            t.nextObservation()[1] = s[1] * 0.9;
            t.outcome(-1, false, false);
            model.observe(t);
        }
        model.observe(t);
        model.sample(t);    // the first retraining is due: it runs before this prediction (warm-up)
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 2000; i++) {
            model.observe(t);
        }
        model.sample(t);    // the second retraining, measured
        long training = threads.getCurrentThreadAllocatedBytes() - before;
        // One retraining on 4,000 transitions: 5 members x up to 3 epochs x 50 minibatches of 64. Only the
        // choice of elites allocates (a boolean per member).
        assertTrue(training < 2_000, training + " bytes for a retraining of up to 750 minibatch steps");
        Object state = model.newRolloutState();
        for (int i = 0; i < 10_000; i++) {
            model.sample(t.start(s, i % 3), state);
        }
        before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            model.sample(t.start(s, i % 3), state);
            ((dyna.api.model.UncertaintyModel) model).uncertainty(t);
        }
        long predictions = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(predictions < 1_000, predictions + " bytes for 100,000 predictions and uncertainties");
    }
}
