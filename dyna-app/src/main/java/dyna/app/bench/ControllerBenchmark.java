package dyna.app.bench;

import com.sun.management.ThreadMXBean;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.api.learning.Features;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.compose.ModelFactory;
import dyna.core.compose.Slots;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.stats.Samples;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The price of decision-time planning on Pendulum: milliseconds per real decision, model
 * predictions per second inside the controller and bytes allocated per decision, for {@code cem}
 * at PETS' defaults (population 350, 20 particles, horizon 15, 5 iterations: 525,000 predictions
 * per decision) through a 5-member {@code neural-ensemble} of 2x64 trained on 1,000 random steps,
 * with the population's rollouts stepped together (the model's batches) and, for the ratio, one
 * prediction at a time (the same model behind an interface without batches); {@code mppi} at its
 * defaults through the same ensemble; and {@code cem} through the true dynamics.
 */
public final class ControllerBenchmark {

    private ControllerBenchmark() {
    }

    /**
     * The figures of one controller and model.
     *
     * @param name                   what was timed
     * @param msPerDecision          milliseconds per real decision (median of rounds)
     * @param predictionsPerDecision model predictions per decision
     * @param bytesPerDecision       heap bytes allocated per decision, after warm-up
     */
    public record Setting(String name, double msPerDecision, double predictionsPerDecision, double bytesPerDecision) {

        /** Model predictions per second inside the controller. */
        public double predictionsPerSecond() {
            return predictionsPerDecision / (msPerDecision / 1e3);
        }
    }

    /**
     * The figures of one run.
     *
     * @param settings  each setting timed
     * @param decisions decisions per round
     * @param rounds    timed rounds
     */
    public record Result(List<Setting> settings, int decisions, int rounds) {

        /** How many times faster the batched path predicts than one prediction at a time. */
        public double batchSpeedUp() {
            return settings.get(1).predictionsPerSecond() / settings.get(2).predictionsPerSecond();
        }
    }

    private static AgentSpec pets() {
        return AgentSpec.dynaQ("pendulum").with(ComponentKind.MODEL, "neural-ensemble")
                .with(ComponentKind.CONTROLLER, "cem").with("members", "5").with("propagation", "fixed-member")
                .with("train-every", "1000").with("max-epochs", "5");
    }

    /** Times {@code decisions} decisions per round in each setting. */
    public static Result run(ProviderRegistry registry, int decisions, int rounds) {
        List<Setting> settings = new ArrayList<>();
        settings.add(time("cem, true-model (350 x 1 particle x 15 x 5)", registry, AgentSpec.dynaQ("pendulum")
                .with(ComponentKind.MODEL, "true-model").with(ComponentKind.CONTROLLER, "cem").with("particles", "1"),
                false, decisions * 10, rounds));
        settings.add(time("cem, neural-ensemble, batched (PETS: 350 x 20 x 15 x 5)", registry, pets(), false, decisions,
                rounds));
        settings.add(time("cem, neural-ensemble, one prediction at a time", registry, pets(), true, decisions, rounds));
        settings.add(time("mppi, neural-ensemble, batched (350 x 1 x 15 x 5)", registry,
                pets().with(ComponentKind.CONTROLLER, "mppi"), false, decisions * 10, rounds));
        return new Result(settings, decisions, rounds);
    }

    private static Setting time(String name, ProviderRegistry registry, AgentSpec spec, boolean oneAtATime,
            int decisions, int rounds) {
        AgentConfiguration configuration = AgentConfiguration.resolve(registry, spec);
        ModelProvider provider = (ModelProvider) configuration.component(ComponentKind.MODEL).provider();
        Parameters parameters = configuration.component(ComponentKind.MODEL).parameters();
        AgentFactory factory = oneAtATime ? AgentFactory.of(configuration, binder -> Slots.model(binder).setBinding()
                .toInstance(new ModelFactory() {
                    @Override
                    public Model create(ComponentContext context) {
                        return new OneAtATime(provider.create(parameters, context));
                    }

                    @Override
                    public Model create(ComponentContext context, Features features) {
                        return create(context);
                    }
                })) : AgentFactory.of(configuration);
        DynaAgent agent = factory.create(1);
        agent.runSteps(1000 + 2);   // random until the model trains (after 1,000 steps), then a warm-up
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] ms = new double[rounds];
        long bytes = 0;
        long predictions = 0;
        for (int r = 0; r < rounds; r++) {
            long queries = agent.counters().modelQueries();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            agent.runSteps(decisions);
            ms[r] = (System.nanoTime() - start) / 1e6 / decisions;
            bytes += threads.getCurrentThreadAllocatedBytes() - allocated;
            predictions += agent.counters().modelQueries() - queries;
        }
        long total = (long) rounds * decisions;
        return new Setting(name, Samples.median(ms), (double) predictions / total, (double) bytes / total);
    }

    /** A model behind the plain interface, so that a controller predicts one rollout step at a time. */
    private record OneAtATime(Model model) implements Model {

        @Override
        public void observe(Transition real) {
            model.observe(real);
        }

        @Override
        public boolean knows(Transition query) {
            return model.knows(query);
        }

        @Override
        public void sample(Transition query) {
            model.sample(query);
        }

        @Override
        public Object newRolloutState() {
            return model.newRolloutState();
        }

        @Override
        public void startRollout(Transition start, Object state) {
            model.startRollout(start, state);
        }

        @Override
        public void sample(Transition query, Object state) {
            model.sample(query, state);
        }
    }

    /** The figures as JSON fields. */
    public static void put(Result result, Map<String, Object> figures) {
        String[] keys = {"controller_cem_true_model", "controller_cem_ensemble_batched", "controller_cem_ensemble_single",
            "controller_mppi_ensemble_batched"};
        for (int i = 0; i < keys.length; i++) {
            Setting s = result.settings().get(i);
            figures.put(keys[i] + "_ms_per_decision", s.msPerDecision());
            figures.put(keys[i] + "_predictions_per_s", s.predictionsPerSecond());
            figures.put(keys[i] + "_bytes_per_decision", s.bytesPerDecision());
        }
        figures.put("controller_batch_speedup", result.batchSpeedUp());
    }
}
