package dyna.app.bench;

import com.sun.management.ThreadMXBean;
import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.learning.Learner;
import dyna.api.learning.LearnerProvider;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.stats.Samples;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The speed of {@code sac} through the learner SPI, as an agent uses it: gradient steps of
 * Soft Actor-Critic on Pendulum's spaces (3 observations, 1 action) with minibatches of 256 from
 * 10,000 transitions of random play, for 2x64 and 2x256 ReLU networks (the temperature, both
 * critics, the actor and the targets: one {@code learn()} with one update per real step); and
 * MBPO's model rollouts: {@code sac} with a 7-member {@code neural-ensemble} trained on 1,000
 * real steps, through {@code branched-rollouts} of horizon 1 from recent real states (an actor
 * sample, a model prediction and the transition into SAC's model buffer each), timed once the
 * model buffer is full (it grows to its 100,000 transitions first). Allocation is counted by
 * the thread's allocated bytes, after a warm-up.
 */
public final class SacBenchmark {

    private SacBenchmark() {
    }

    /**
     * The figures of one network size.
     *
     * @param hidden              units per hidden layer
     * @param msPerGradientStep   milliseconds per gradient step (median of rounds)
     * @param bytesPerGradientStep heap bytes allocated per gradient step, after warm-up
     */
    public record Sizes(int hidden, double msPerGradientStep, double bytesPerGradientStep) {

        /** Gradient steps per second. */
        public double stepsPerSecond() {
            return 1e3 / msPerGradientStep;
        }
    }

    /**
     * The figures of one run.
     *
     * @param sizes              SAC at 2x64 and at 2x256
     * @param rolloutsPerSecond  MBPO's model rollouts (horizon 1) per second (median of rounds)
     * @param bytesPerRollout    heap bytes allocated per rollout, after warm-up
     * @param rounds             timed rounds
     * @param steps              gradient steps per round (at 2x64; a quarter of them at 2x256)
     */
    public record Result(Sizes[] sizes, double rolloutsPerSecond, double bytesPerRollout, int rounds, int steps) {
    }

    /** Runs the benchmark: {@code steps} gradient steps per round at 2x64, a quarter at 2x256, and 20,000 rollouts. */
    public static Result run(ProviderRegistry registry, int steps, int rounds) {
        Sizes small = gradientSteps(registry, 64, steps, rounds);
        Sizes large = gradientSteps(registry, 256, Math.max(1, steps / 4), rounds);
        double[] rollouts = rollouts(registry, Math.max(1000, steps * 100), rounds);
        return new Result(new Sizes[] {small, large}, rollouts[0], rollouts[1], rounds, steps);
    }

    private static Sizes gradientSteps(ProviderRegistry registry, int hidden, int steps, int rounds) {
        EnvironmentProvider world = (EnvironmentProvider) registry.find(ComponentKind.ENVIRONMENT, "pendulum");
        Environment pendulum = world.create(Parameters.defaults(world.parameters()));
        LearnerProvider provider = (LearnerProvider) registry.find(ComponentKind.LEARNER, "sac");
        Learner sac = provider.create(Parameters.resolve(provider.parameters(), Map.of("hidden", Integer.toString(hidden),
                "learning-starts", "0", "updates-per-step", "1")),
                new ComponentContext(pendulum.observationSpace(), pendulum.actionSpace(), new SplittableRandom(1)));
        Box torque = (Box) pendulum.actionSpace();
        Step step = new Step(3);
        Transition t = new Transition(pendulum.observationSpace(), torque, 1);
        SplittableRandom random = new SplittableRandom(2);
        pendulum.reset(3, step);
        for (int i = 0; i < 10_000; i++) {
            t.start(step.observation(), new double[] {-2 + 4 * random.nextDouble()});
            pendulum.step(t.actionVector(), step);
            t.outcome(step);
            sac.observe(t);
            if (step.done()) {
                pendulum.reset(step);
            }
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Math.max(5, steps / 5); i++) {
            sac.learn();   // warm-up
        }
        double[] ms = new double[rounds];
        long bytes = 0;
        for (int r = 0; r < rounds; r++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                sac.learn();
            }
            ms[r] = (System.nanoTime() - start) / 1e6 / steps;
            bytes += threads.getCurrentThreadAllocatedBytes() - allocated;
        }
        return new Sizes(hidden, Samples.median(ms), (double) bytes / ((long) rounds * steps));
    }

    /** Rollouts per second and bytes per rollout of MBPO's planning on Pendulum. */
    private static double[] rollouts(ProviderRegistry registry, int rollouts, int rounds) {
        AgentSpec mbpo = AgentSpec.dynaQ("pendulum").with(ComponentKind.LEARNER, "sac")
                .with(ComponentKind.MODEL, "neural-ensemble").with(ComponentKind.PLANNER, "branched-rollouts")
                .with(ComponentKind.SEARCH_CONTROL, "recent-states").with("hidden", "64").with("members", "7")
                .with("elites", "5").with("horizon", "1").with("planning-steps", "0").with("updates-per-step", "0")
                .with("train-every", "1000").with("max-epochs", "5");
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(registry, mbpo)).create(1);
        agent.runSteps(1000);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        agent.plan(110_000);   // warm-up: the model's training (due after 1,000 steps), SAC's model buffer filled
        double[] perSecond = new double[rounds];
        long bytes = 0;
        for (int r = 0; r < rounds; r++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            agent.plan(rollouts);
            perSecond[r] = rollouts / ((System.nanoTime() - start) / 1e9);
            bytes += threads.getCurrentThreadAllocatedBytes() - allocated;
        }
        return new double[] {Samples.median(perSecond), (double) bytes / ((long) rounds * rollouts)};
    }
}
