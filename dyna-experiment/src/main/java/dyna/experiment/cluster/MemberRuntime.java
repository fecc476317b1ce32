package dyna.experiment.cluster;

import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.RunFailure;
import dyna.experiment.RunJournal;
import dyna.experiment.RunResult;
import dyna.core.plugin.LoadedPlugins;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.reader.SpecJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a member runs batches with: its plugin set, and the plans of the sweeps it has been sent,
 * each rebuilt once from its spec (the experiment as data) with the member's own registry and
 * kept while it is among the last few used. A spec it cannot read (of another format, naming a
 * component it has not) is refused in one line.
 */
public final class MemberRuntime {

    /** The key of the runtime in the Hazelcast instance's user context. */
    static final String KEY = "dyna.member";
    private static final int PLANS_KEPT = 4;

    private final PluginSet plugins;
    private final Function<String, ExperimentPlan> planner;
    private final Map<String, ExperimentPlan> plans = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ExperimentPlan> eldest) {
            return size() > PLANS_KEPT;
        }
    };

    /**
     * @param plugins this process's plugin set
     * @param planner builds a sweep's plan from its spec (JSON) as {@code dyna run} would, with this
     *                process's registry
     */
    public MemberRuntime(PluginSet plugins, Function<String, ExperimentPlan> planner) {
        this.plugins = plugins;
        this.planner = planner;
    }

    /**
     * The runtime of a process with these plugins: its plugin set (Dyna's version, and each plugin
     * module's version and build) and plans built from specs with its registry and Guice modules.
     */
    public static MemberRuntime of(LoadedPlugins plugins) {
        ProviderRegistry registry = plugins.registry();
        List<com.google.inject.Module> modules = plugins.guiceModules();
        return new MemberRuntime(PluginSet.of(plugins),
                spec -> ExperimentPlan.of(SpecJson.read(spec, "the submitter's spec", registry.kinds()), registry,
                        modules));
    }

    /** This process's plugin set. */
    public PluginSet plugins() {
        return plugins;
    }

    /**
     * Executes a batch: refuses it whole if the plugin sets differ or the sweep cannot be
     * rebuilt. Each finished run is also put in {@code kept}, by identity, in the run file format
     * sealed with the sweep's key.
     */
    byte[] execute(RunBatch batch, Map<String, byte[]> kept) {
        long start = System.nanoTime();
        PluginSet theirs = PluginSet.parse(batch.plugins());
        if (!theirs.equals(plugins)) {
            return BatchOutcomes.refused("its plugin set differs: " + theirs.differenceFrom(plugins));
        }
        ExperimentPlan plan;
        try {
            plan = plan(batch.spec());
        } catch (RuntimeException e) {
            return BatchOutcomes.refused("it cannot rebuild the experiment from its spec: " + e.getMessage());
        }
        SweepKey key;
        try {
            key = SweepKey.of(batch.key());
        } catch (IllegalArgumentException | NullPointerException e) {
            return BatchOutcomes.refused("its sweep key is not one: " + e.getMessage());
        }
        int[] points = batch.points();
        int[] runs = batch.runs();
        String[] names = batch.names();
        BatchOutcomes outcomes = new BatchOutcomes();
        for (int i = 0; i < runs.length; i++) {
            if (points[i] < 0 || points[i] >= plan.points().size()) {
                return BatchOutcomes.refused("it resolved the experiment to " + plan.points().size()
                        + " points, not one with index " + points[i]);
            }
            ExperimentPoint point = plan.points().get(points[i]);
            String name = RunJournal.fileName(point, runs[i], plan.spec().stop());
            if (!name.equals(names[i])) {
                return BatchOutcomes.refused("it resolved run " + (runs[i] + 1) + " of point " + (points[i] + 1)
                        + " to " + name + ", the submitter to " + names[i] + " (a different file parameter, or "
                        + "another build of a plugin?)");
            }
            try {
                RunResult result = ExperimentRunner.run(point, runs[i], plan.spec().stop());
                kept.put(name, key.seal(name, outcomes.result(points[i], runs[i], name, result)));
            } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                outcomes.failure(points[i], runs[i], RunFailure.of(points[i], point, runs[i], e).line());
            }
        }
        return outcomes.finish(System.nanoTime() - start);
    }

    private ExperimentPlan plan(String spec) {
        synchronized (plans) {
            ExperimentPlan plan = plans.get(spec);
            if (plan == null) {
                plan = planner.apply(spec);
                plans.put(spec, plan);
            }
            return plan;
        }
    }
}
