package dyna.experiment;

import dyna.api.provider.ComponentKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import dyna.core.registry.KindTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An experiment as a typed value: the environment, the ids of every other component kind (a
 * list of several sweeps it), parameter values by name (a list of several sweeps them; values
 * are never joined into one text), runs per point, the master seed, when runs stop and the
 * metrics to summarise. Experiment files and the command line both build one.
 *
 * @param environment the environment's id
 * @param components  the ids of each swept kind ({@link #SWEPT_KINDS}, and any kind a plugin declared that
 *                    the experiment names), in kind order
 * @param parameters  each parameter's values, in the order given
 * @param runs        runs per sweep point, at least 1
 * @param seed        the master seed
 * @param stop        when runs stop
 * @param metrics     the measures to summarise by name; empty for all that the stop offers
 * @param description what the experiment is for, or empty
 * @param source      the file it was read from, or null
 * @param origins     where values stand in the source ({@code file:line:column}) by key:
 *                    {@code environment}, {@code model[0]}, {@code parameters.alpha},
 *                    {@code parameters.alpha[1]}, {@code metrics[0]}, ...
 * @param chart       how the chart is drawn
 * @param together    groups of swept dimensions whose values go together, the i-th of each with
 *                    the i-th of the others, instead of spanning their product (SAC's and MBPO's
 *                    settings as two points, not four); empty for a plain grid
 */
public record ExperimentSpec(String environment, Map<ComponentKind, List<String>> components,
        Map<String, List<String>> parameters, int runs, long seed, StopCondition stop, List<String> metrics,
        String description, Path source, Map<String, String> origins, ChartOptions chart,
        List<List<String>> together) {

    /** Every built-in component kind an experiment may sweep: the agent's parts. */
    public static final List<ComponentKind> SWEPT_KINDS = KindTable.builtIn().sweptKinds();

    /**
     * Copies every collection, fills missing built-in kinds with Dyna-Q's defaults, and checks
     * the values.
     */
    public ExperimentSpec {
        Map<ComponentKind, List<String>> ids = new TreeMap<>();
        for (ComponentKind kind : SWEPT_KINDS) {
            List<String> given = components.get(kind);
            ids.put(kind, List.copyOf(given == null || given.isEmpty() ? List.of(kind.defaultId().orElseThrow()) : given));
        }
        for (Map.Entry<ComponentKind, List<String>> given : components.entrySet()) {
            if (!given.getKey().swept()) {
                throw new IllegalArgumentException("an experiment does not sweep the " + given.getKey().label());
            }
            if (!ids.containsKey(given.getKey()) && !given.getValue().isEmpty()) {
                ids.put(given.getKey(), List.copyOf(given.getValue()));
            }
        }
        components = Collections.unmodifiableMap(ids);
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, list) -> values.put(name, List.copyOf(list)));
        parameters = Collections.unmodifiableMap(values);
        metrics = List.copyOf(metrics);
        description = description == null ? "" : description;
        origins = Map.copyOf(origins);
        chart = chart == null ? ChartOptions.DEFAULT : chart;
        together = together == null ? List.of() : together.stream().map(List::copyOf).toList();
        if (environment == null || stop == null) {
            throw new IllegalArgumentException("an experiment needs an environment and a stop condition");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        }
    }

    /** A grid experiment: no dimensions go together. */
    public ExperimentSpec(String environment, Map<ComponentKind, List<String>> components,
            Map<String, List<String>> parameters, int runs, long seed, StopCondition stop, List<String> metrics,
            String description, Path source, Map<String, String> origins, ChartOptions chart) {
        this(environment, components, parameters, runs, seed, stop, metrics, description, source, origins, chart,
                List.of());
    }

    /** An experiment with the default chart. */
    public ExperimentSpec(String environment, Map<ComponentKind, List<String>> components,
            Map<String, List<String>> parameters, int runs, long seed, StopCondition stop, List<String> metrics,
            String description, Path source, Map<String, String> origins) {
        this(environment, components, parameters, runs, seed, stop, metrics, description, source, origins,
                ChartOptions.DEFAULT);
    }

    /** Dyna-Q in an environment: default components and parameters, 10 runs, seed 1, stopping as given. */
    public static ExperimentSpec of(String environment, StopCondition stop) {
        return new ExperimentSpec(environment, Map.of(), Map.of(), 10, 1, stop, List.of(), "", null, Map.of());
    }

    /** Where the value under {@code key} stands, followed by ": ", or empty when unknown. */
    public String where(String key) {
        String origin = origins.get(key);
        return origin == null ? "" : origin + ": ";
    }

    /**
     * The ids of one kind (the environment's alone for {@link ComponentKind#ENVIRONMENT}; the
     * default of a kind a plugin declared that the experiment does not name).
     */
    public List<String> ids(ComponentKind kind) {
        if (kind.equals(ComponentKind.ENVIRONMENT)) {
            return List.of(environment);
        }
        List<String> ids = components.get(kind);
        return ids != null ? ids : kind.defaultId().map(List::of).orElse(List.of());
    }

    /** This experiment stopping by {@code stop} instead. */
    public ExperimentSpec withStop(StopCondition stop) {
        return new ExperimentSpec(environment, components, parameters, runs, seed, stop, metrics, description, source,
                origins, chart, together);
    }

    /** This experiment with the ids of one swept kind replaced. */
    public ExperimentSpec withComponents(ComponentKind kind, List<String> ids) {
        Map<ComponentKind, List<String>> changed = new TreeMap<>(components);
        changed.put(kind, ids);
        return new ExperimentSpec(environment, changed, parameters, runs, seed, stop, metrics, description, source,
                origins, chart, together);
    }

    /**
     * This experiment as changed by the command line, which wins over a file: each parameter
     * given replaces that parameter's values (the others stay), and runs, seed, stop and metrics
     * replace the file's when given.
     */
    public ExperimentSpec overriddenBy(Overrides overrides) {
        Map<String, List<String>> merged = new LinkedHashMap<>(parameters);
        Map<String, String> kept = new LinkedHashMap<>(origins);
        for (String name : overrides.parameters().keySet()) {
            merged.remove(name);
            kept.keySet().removeIf(key -> key.equals("parameters." + name) || key.startsWith("parameters." + name + "["));
        }
        merged.putAll(overrides.parameters());
        if (overrides.stop() != null) {
            kept.remove("stop");
        }
        if (overrides.metrics() != null) {
            kept.keySet().removeIf(key -> key.equals("metrics") || key.startsWith("metrics["));
        }
        if (overrides.chart().panelsBy() != null) {
            kept.remove("chart.panels-by");
        }
        return new ExperimentSpec(environment, components, merged,
                overrides.runs() != null ? overrides.runs() : runs,
                overrides.seed() != null ? overrides.seed() : seed,
                overrides.stop() != null ? overrides.stop() : stop,
                overrides.metrics() != null ? overrides.metrics() : metrics, description, source, kept,
                overrides.chart().applyTo(chart), together);
    }

    /**
     * What the command line gives on top of an experiment file.
     *
     * @param parameters values of the parameters given, each replacing the file's
     * @param runs       runs per point, or null to keep the file's
     * @param seed       the master seed, or null to keep the file's
     * @param stop       when runs stop, or null to keep the file's
     * @param metrics    the metrics to summarise, or null to keep the file's
     * @param chart      the chart options given, each replacing the file's
     */
    public record Overrides(Map<String, List<String>> parameters, Integer runs, Long seed, StopCondition stop,
            List<String> metrics, ChartOptions.Changes chart) {

        /** Copies the map, keeping its order, and the list. */
        public Overrides {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            metrics = metrics == null ? null : List.copyOf(metrics);
            chart = chart == null ? ChartOptions.Changes.NONE : chart;
        }

        /** Overrides that keep the file's chart options. */
        public Overrides(Map<String, List<String>> parameters, Integer runs, Long seed, StopCondition stop,
                List<String> metrics) {
            this(parameters, runs, seed, stop, metrics, ChartOptions.Changes.NONE);
        }

        /** Overrides that keep the file's metrics. */
        public Overrides(Map<String, List<String>> parameters, Integer runs, Long seed, StopCondition stop) {
            this(parameters, runs, seed, stop, null);
        }
    }

    /** The sweep's dimensions in order: component kinds (by label), then parameters. */
    public Map<String, List<String>> dimensions() {
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        components.forEach((kind, ids) -> dimensions.put(kind.label(), ids));
        dimensions.putAll(parameters);
        return dimensions;
    }

    /**
     * This experiment as an experiment file would give it (what {@code config.json} keeps under
     * {@code experiment}, so that the result directory can be run again): description,
     * environment, every component kind's ids, parameters, runs, seed, stop, metrics (if asked
     * for) and chart options (those not left at their default).
     */
    public Map<String, Object> fileForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        if (!description.isEmpty()) {
            form.put("description", description);
        }
        form.put("environment", environment);
        components.forEach((kind, ids) -> form.put(kind.label(), ids));
        form.put("parameters", parameters);
        if (!together.isEmpty()) {
            form.put("together", together);
        }
        form.put("runs", runs);
        form.put("seed", seed);
        form.put("stop", Map.of(stop.key(), stop.fileSettings()));
        if (!metrics.isEmpty()) {
            form.put("metrics", metrics);
        }
        Map<String, Object> drawn = new LinkedHashMap<>();
        if (chart.logY()) {
            drawn.put("log-y", true);
        }
        if (!Double.isNaN(chart.xFrom())) {
            drawn.put("x-from", chart.xFrom());
        }
        if (chart.panelsBy() != null) {
            drawn.put("panels-by", chart.panelsBy());
        }
        if (!drawn.isEmpty()) {
            form.put("chart", drawn);
        }
        return form;
    }

    /** The labels of the swept kinds. */
    public static List<String> sweptKindLabels() {
        List<String> labels = new ArrayList<>();
        SWEPT_KINDS.forEach(kind -> labels.add(kind.label()));
        return labels;
    }
}
