package dyna.experiment;

import dyna.api.metric.MetricProvider;
import dyna.api.planning.PlannerProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.core.agent.AgentSettings;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.compose.Fitting;
import dyna.core.registry.ConfigurationException;
import dyna.core.registry.DidYouMean;
import dyna.core.plugin.PluginIdentity;
import dyna.core.registry.ProviderRegistry;
import dyna.core.seed.Seeds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An experiment checked against the loaded providers and laid out: its sweep points, each with
 * its resolved configuration, agent factory and seed, and the measures to summarise. Every
 * error names where its cause stands in the experiment file, when it came from one.
 *
 * @param spec        the experiment
 * @param sweptNames  the swept dimensions, in order
 * @param points      every sweep point, ready to run
 * @param measures    the measures to summarise, the first charted
 */
public record ExperimentPlan(ExperimentSpec spec, List<String> sweptNames, List<ExperimentPoint> points,
        List<Measure> measures) {

    /** Copies the lists. */
    public ExperimentPlan {
        sweptNames = List.copyOf(sweptNames);
        points = List.copyOf(points);
        measures = List.copyOf(measures);
    }

    /**
     * Plans an experiment.
     *
     * @param guiceModules modules installed in every agent's injector (the plugins')
     * @throws ExperimentException for an unknown id, an undeclared parameter, a value out of
     *                             range, a configuration the stop condition cannot run, or a
     *                             metric the stop condition does not measure
     */
    public static ExperimentPlan of(ExperimentSpec experiment, ProviderRegistry registry,
            List<com.google.inject.Module> guiceModules) {
        Map<String, ParameterSpec> declared = declarations(experiment, registry);
        for (String name : experiment.metrics()) {   // the parameters of the metrics named, which are checked below
            registry.metricOf(name).ifPresent(metric -> metric.parameters().forEach(p -> {
                declared.putIfAbsent(p.name(), p);
                declared.putIfAbsent(AgentConfiguration.scoped(ComponentKind.METRIC, p.name()), p);
            }));
        }
        checkParameters(experiment, declared);
        Map<MetricProvider, List<Measure>> added = new LinkedHashMap<>();
        List<Measure> measures = measures(experiment, registry, added);
        List<ChosenMetric> metrics = new ArrayList<>();
        added.forEach((provider, columns) -> metrics.add(chosen(experiment, provider, columns)));
        ExperimentSpec spec = experiment.withStop(experiment.stop().withMetrics(metrics));
        Sweep sweep;
        try {
            sweep = Sweep.of(spec.dimensions(), spec.together());
        } catch (IllegalArgumentException e) {
            throw new ExperimentException((e.getMessage().startsWith("together:") ? spec.where("together") : "")
                    + e.getMessage(), e);
        }
        String panelsBy = spec.chart().panelsBy();
        if (panelsBy != null && !panelsBy.equals(ChartOptions.ONE_PANEL) && !sweep.sweptNames().contains(panelsBy)) {
            throw new ExperimentException(spec.where("chart.panels-by") + "panels-by: '" + panelsBy + "' is not swept; "
                    + (sweep.sweptNames().isEmpty() ? "nothing is, so there is one panel (leave panels-by out)"
                    : "valid: " + String.join(", ", sweep.sweptNames()) + ", or " + ChartOptions.ONE_PANEL + " for one panel"));
        }
        checkMemory(spec, sweep.points().size(), Runtime.getRuntime().maxMemory());
        List<ExperimentPoint> points = new ArrayList<>();
        for (SweepPoint point : sweep.points()) {
            points.add(prepare(spec, registry, guiceModules, point, declared));
        }
        String plugins = plugins(points, metrics);
        points.replaceAll(point -> point.withPlugins(plugins));
        return new ExperimentPlan(spec, sweep.sweptNames(), points, measures);
    }

    /**
     * The builds of the plugins the experiment uses (its components at any point, its metrics), in
     * name order: part of every run's identity, so that runs of two builds of a plugin are never mixed.
     */
    private static String plugins(List<ExperimentPoint> points, List<ChosenMetric> metrics) {
        Set<String> builds = new TreeSet<>();
        for (ExperimentPoint point : points) {
            point.configuration().components().values()
                    .forEach(c -> PluginIdentity.of(c.provider()).ifPresent(builds::add));
        }
        metrics.forEach(m -> PluginIdentity.of(m.provider()).ifPresent(builds::add));
        return String.join("; ", builds);
    }

    /** The builds of the plugins the experiment uses ({@code name version sha256:HEX}); empty for built-ins alone. */
    public List<String> plugins() {
        return points.isEmpty() || points.get(0).plugins().isEmpty() ? List.of()
                : List.of(points.get(0).plugins().split("; "));
    }

    /**
     * Refuses, before the first run, an experiment whose results could not be held in memory:
     * every run's result is kept until the files are written.
     */
    static void checkMemory(ExperimentSpec spec, int points, long maxMemory) {
        double bytes = (double) spec.stop().bytesPerRun() * points * spec.runs();
        if (bytes > maxMemory / 2.0 || spec.stop().bytesPerRun() / 8 > Integer.MAX_VALUE - 16) {
            throw new ExperimentException(spec.where("stop") + String.format(java.util.Locale.ROOT,
                    "the results would take about %.1f GB in memory (%d points x %d runs x %d bytes for %s), but the "
                    + "heap is at most %.1f GB; ask for fewer runs, episodes or steps, or give the JVM more memory "
                    + "with DYNA_JAVA_OPTS=-Xmx<size>", bytes / 1e9, points, spec.runs(), spec.stop().bytesPerRun(),
                    spec.stop().identity(), maxMemory / 1e9));
        }
    }

    /**
     * Every parameter the chosen components (at any point) and the agent declare, by its flat
     * name and by its name scoped to its kind ({@code planner.epsilon}), the first declaration
     * of each.
     */
    private static Map<String, ParameterSpec> declarations(ExperimentSpec spec, ProviderRegistry registry) {
        Map<String, ParameterSpec> declared = new LinkedHashMap<>();
        AgentSettings.PARAMETERS.forEach(p -> declared.put(p.name(), p));
        for (ComponentKind kind : registry.kinds().agentKinds()) {
            List<String> ids = spec.ids(kind);
            for (int i = 0; i < ids.size(); i++) {
                String key = kind == ComponentKind.ENVIRONMENT ? "environment" : kind.label() + "[" + i + "]";
                try {
                    for (ComponentProvider provider : providers(spec, registry, kind, ids.get(i))) {
                        provider.parameters().forEach(p -> {
                            declared.putIfAbsent(p.name(), p);
                            declared.putIfAbsent(AgentConfiguration.scoped(kind, p.name()), p);
                        });
                    }
                } catch (ConfigurationException e) {
                    throw new ExperimentException(spec.where(key) + e.getMessage(), e);
                }
            }
        }
        return declared;
    }

    /** The provider {@code id} names; for a search control, one for each planner of the experiment. */
    private static List<ComponentProvider> providers(ExperimentSpec spec, ProviderRegistry registry, ComponentKind kind,
            String id) {
        if (kind != ComponentKind.SEARCH_CONTROL) {
            return List.of(registry.find(kind, id));
        }
        List<ComponentProvider> controls = new java.util.ArrayList<>();
        for (String planner : spec.ids(ComponentKind.PLANNER)) {
            controls.add(AgentConfiguration.searchControl(registry,
                    (PlannerProvider) registry.find(ComponentKind.PLANNER, planner), id));
        }
        return controls;
    }

    private static void checkParameters(ExperimentSpec spec, Map<String, ParameterSpec> declared) {
        Set<String> kinds = new java.util.HashSet<>(ExperimentSpec.sweptKindLabels());
        spec.components().keySet().forEach(kind -> kinds.add(kind.label()));
        for (Map.Entry<String, List<String>> parameter : spec.parameters().entrySet()) {
            String name = parameter.getKey();
            String key = "parameters." + name;
            if (kinds.contains(name) || name.equals("environment")) {
                throw new ExperimentException(spec.where(key) + "'" + name + "' is a component kind, not a parameter; "
                        + "choose the " + name + " by id");
            }
            ParameterSpec declaration = declared.get(name);
            if (declaration == null) {
                throw new ExperimentException(spec.where(key) + "unknown parameter '" + name
                        + "'; the chosen components declare: " + String.join(", ", new TreeSet<>(declared.keySet()
                                .stream().filter(n -> !n.contains(".")).toList()))
                        + (name.contains(".") ? " (scoped to a kind as KIND.NAME, for a name that kind's component "
                                + "declares)" : "") + DidYouMean.suggestion(name, declared.keySet()));
            }
            List<String> values = parameter.getValue();
            for (int i = 0; i < values.size(); i++) {
                try {
                    declaration.parse(values.get(i));
                } catch (IllegalArgumentException e) {
                    throw new ExperimentException(spec.where(key + "[" + i + "]") + e.getMessage(), e);
                }
            }
        }
    }

    private static ExperimentPoint prepare(ExperimentSpec spec, ProviderRegistry registry,
            List<com.google.inject.Module> guiceModules, SweepPoint point, Map<String, ParameterSpec> declared) {
        AgentSpec agent = AgentSpec.dynaQ(spec.environment());
        for (ComponentKind kind : spec.components().keySet()) {
            agent = agent.with(kind, point.values().get(kind.label()));
        }
        Set<String> declaredHere = AgentConfiguration.declaredParameters(registry, agent);
        for (String name : spec.parameters().keySet()) {
            if (declaredHere.contains(name)) {
                agent = agent.with(name, located(spec, declared.get(name), point.values().get(name)));
            }
        }
        String at = point.swept().isEmpty() ? "" : " (at " + point.label() + ")";
        AgentConfiguration configuration;
        try {
            configuration = AgentConfiguration.resolve(registry, agent);
        } catch (ConfigurationException | IllegalArgumentException e) {
            throw new ExperimentException(e.getMessage() + at, e);
        }
        try {
            AgentFactory agents = AgentFactory.of(configuration, guiceModules.toArray(com.google.inject.Module[]::new));
            spec.stop().check(agents.create(spec.seed()));
            return new ExperimentPoint(point, configuration, agents, Seeds.derive(spec.seed(), configuration.identity()),
                    Seeds.derive(spec.seed(), configuration.environmentIdentity()));
        } catch (ConfigurationException | IllegalArgumentException e) {
            throw new ExperimentException(e.getMessage() + Fitting.suggestions(registry, configuration) + at, e);
        } catch (OutOfMemoryError e) {
            throw AgentMemory.tooLarge(configuration, e, at);
        }
    }

    /**
     * A file parameter's value as the component must open it: a relative name in an experiment
     * file stands for a file beside the experiment file, wherever dyna is run from.
     */
    private static String located(ExperimentSpec spec, ParameterSpec declaration, String value) {
        if (declaration.type() != dyna.api.provider.ParameterType.FILE || value.isBlank() || spec.source() == null
                || java.nio.file.Path.of(value).isAbsolute()) {
            return value;
        }
        java.nio.file.Path directory = spec.source().toAbsolutePath().getParent();
        return directory.resolve(value).normalize().toString();
    }

    /**
     * The measures to summarise: the stop condition's own when the experiment names none, else
     * those it names, each measured by the stop condition itself or, for a protocol that measures
     * episodes, by a loaded metric, which is added to {@code added} (by provider, its columns asked
     * for in the provider's order).
     */
    private static List<Measure> measures(ExperimentSpec spec, ProviderRegistry registry,
            Map<MetricProvider, List<Measure>> added) {
        StopCondition stop = spec.stop();
        if (spec.metrics().isEmpty()) {
            return stop.measures();
        }
        List<Measure> own = new ArrayList<>(stop.measures());
        own.addAll(stop.alsoMeasured());
        List<Measure> chosen = new ArrayList<>();
        for (int i = 0; i < spec.metrics().size(); i++) {
            String name = spec.metrics().get(i);
            String key = "metrics[" + i + "]";
            if (chosen.stream().anyMatch(m -> m.name().equals(name))) {
                throw new ExperimentException(spec.where(key) + "metric '" + name + "' is listed twice");
            }
            Optional<Measure> measured = own.stream().filter(m -> m.name().equals(name)).findFirst();
            Optional<MetricProvider> metric = stop.measuresEpisodes() && measured.isEmpty() ? registry.metricOf(name)
                    : Optional.empty();
            if (measured.isEmpty() && metric.isEmpty()) {
                Set<String> names = new java.util.LinkedHashSet<>(own.stream().map(Measure::name).toList());
                if (stop.measuresEpisodes()) {
                    registry.providers(ComponentKind.METRIC).forEach(p -> ((MetricProvider) p).columns()
                            .forEach(c -> names.add(c.name())));
                }
                List<String> valid = List.copyOf(names);
                throw new ExperimentException(spec.where(key) + "metric '" + name + "' is not measured by this stop "
                        + "condition; valid: " + String.join(", ", valid) + DidYouMean.suggestion(name, valid));
            }
            Measure measure = measured.orElseGet(() -> metric.get().columns().stream()
                    .filter(c -> c.name().equals(name)).findFirst().map(ChosenMetric::measure).orElseThrow());
            chosen.add(measure);
            metric.ifPresent(provider -> added.computeIfAbsent(provider, p -> new ArrayList<>()).add(measure));
        }
        added.replaceAll((provider, columns) -> ChosenMetric.measures(provider).stream().filter(columns::contains)
                .toList());
        return chosen;
    }

    /**
     * A metric asked for, with its parameters' values: each from the experiment's parameter of its
     * name scoped to metrics ({@code metric.NAME}), else its flat name, else its default. A metric
     * measures, so a value is not swept: a list of several is refused.
     */
    private static ChosenMetric chosen(ExperimentSpec spec, MetricProvider provider, List<Measure> columns) {
        Map<String, String> given = new LinkedHashMap<>();
        for (ParameterSpec parameter : provider.parameters()) {
            String scoped = AgentConfiguration.scoped(ComponentKind.METRIC, parameter.name());
            String name = spec.parameters().containsKey(scoped) ? scoped : parameter.name();
            List<String> values = spec.parameters().get(name);
            if (values == null) {
                continue;
            }
            if (values.size() != 1) {
                throw new ExperimentException(spec.where("parameters." + name) + "parameter " + name + " of metric "
                        + provider.id() + " takes one value, not " + values.size() + "; a metric measures the runs, "
                        + "it is not swept" + (name.equals(scoped) ? "" : " (give the metric its own as " + scoped + ")"));
            }
            given.put(parameter.name(), values.get(0));
        }
        try {
            return new ChosenMetric(provider, Parameters.resolve(provider.parameters(), given), columns);
        } catch (IllegalArgumentException e) {
            throw new ExperimentException("metric " + provider.id() + ": " + e.getMessage(), e);
        }
    }

    /** The number of runs, all points together. */
    public int totalRuns() {
        return points.size() * spec.runs();
    }

    /** How many of the runs a shard owns (all of them for {@link Shard#ALL}). */
    public int runsOwned(Shard shard) {
        int owned = 0;
        for (ExperimentPoint point : points) {
            for (int run = 0; run < spec.runs(); run++) {
                owned += shard.owns(RunJournal.fileName(point, run, spec.stop())) ? 1 : 0;
            }
        }
        return owned;
    }

    /** The kinds an agent with a learner from batches does not use, left out of what {@code --dry-run} prints. */
    private static final java.util.Set<String> UNUSED_WITH_A_LEARNER = java.util.Set.of(ComponentKind.BONUS.label(),
            ComponentKind.UPDATE_RULE.label(), ComponentKind.POLICY.label(), ComponentKind.VALUES.label(),
            ComponentKind.FEATURES.label());

    /**
     * The plan in words, as {@code --dry-run} prints it: the run count (and a shard's part of
     * it), what every point shares, and each point.
     */
    public String describe(Shard shard) {
        StringBuilder text = new StringBuilder();
        int count = points.size();
        text.append(String.format(java.util.Locale.ROOT, "%s: %d sweep point%s x %d run%s = %d runs, stop %s, seed %d",
                spec.environment(), count, count == 1 ? "" : "s", spec.runs(), spec.runs() == 1 ? "" : "s",
                totalRuns(), spec.stop().identity(), spec.seed()));
        if (shard.count() > 1) {
            text.append(", of which shard ").append(shard).append(" has ").append(runsOwned(shard));
        }
        text.append("; nothing was run (--dry-run)\n");
        List<String> fixed = new ArrayList<>();
        List<String> learners = spec.dimensions().getOrDefault(ComponentKind.LEARNER.label(), List.of());
        boolean valueBased = learners.isEmpty() || learners.equals(List.of(ComponentKind.LEARNER.defaultId().orElseThrow()));
        boolean learnerOnly = !learners.isEmpty() && !learners.contains(ComponentKind.LEARNER.defaultId().orElseThrow());
        List<String> controllers = spec.dimensions().getOrDefault(ComponentKind.CONTROLLER.label(), List.of());
        boolean uncontrolled = controllers.isEmpty()
                || controllers.equals(List.of(ComponentKind.CONTROLLER.defaultId().orElseThrow()));
        spec.dimensions().forEach((name, values) -> {
            boolean unused = valueBased && name.equals(ComponentKind.LEARNER.label())
                    || uncontrolled && name.equals(ComponentKind.CONTROLLER.label())
                    || learnerOnly && UNUSED_WITH_A_LEARNER.contains(name);
            if (!sweptNames.contains(name) && !unused) {
                fixed.add(name + "=" + String.join(",", values));
            }
        });
        text.append("every point: ").append(String.join(", ", fixed)).append('\n');
        for (int p = 0; p < count; p++) {
            text.append(String.format(java.util.Locale.ROOT, "%4d  %s%n", p + 1, points.get(p).point().label()));
        }
        return text.toString();
    }
}
