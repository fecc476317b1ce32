package dyna.experiment.reader;

import dyna.api.metric.MetricProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.ParameterType;
import dyna.experiment.Measure;
import dyna.experiment.StopCondition;
import dyna.experiment.stop.StopConditions;
import dyna.core.agent.AgentSettings;
import dyna.core.registry.ProviderRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A JSON Schema (draft 2020-12) of experiment files, built from the definitions the reader
 * itself uses: its keys, every stop protocol's settings with their ranges and defaults (read by
 * running each protocol's own constructor on recorded settings), the metrics each protocol
 * offers, the chart options, and the ids and parameters of the components found. Ids and
 * parameter names are suggestions, not limits, so that plugins' ids pass; the reader remains
 * the judge of a file.
 */
public final class ExperimentSchema {

    private ExperimentSchema() {
    }

    /** The schema, as maps and lists in a fixed order, ready to write as JSON. */
    public static Map<String, Object> of(ProviderRegistry registry) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "Dyna experiment file");
        schema.put("description", "An experiment for 'dyna run FILE': components by id (a list sweeps them), "
                + "parameters (a list sweeps them), runs, seed, when runs stop, what to summarise and chart.");
        schema.put("type", "object");
        schema.put("required", List.of("environment"));
        schema.put("additionalProperties", false);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", ordered("type", "string", "description", "What the experiment is; the report's title."));
        for (ComponentKind kind : registry.kinds().agentKinds()) {
            List<String> ids = registry.providers(kind).stream().map(ComponentProvider::id).toList();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("type", "string");
            one.put("examples", ids);
            if (kind == ComponentKind.ENVIRONMENT) {
                one.put("description", "The environment's id (see 'dyna list'); one per experiment.");
                properties.put(kind.label(), one);
            } else {
                properties.put(kind.label(), ordered("description", "The " + kind.label() + "'s id, or a list of ids to "
                        + "sweep (see 'dyna list').", "anyOf", List.of(one, ordered("type", "array", "items", one,
                        "minItems", 1))));
            }
        }
        properties.put("parameters", parameters(registry));
        Map<String, Object> names = ordered("type", "array", "minItems", 2, "items", ordered("type", "string"));
        properties.put("together", ordered("oneOf", List.of(names, ordered("type", "array", "minItems", 1,
                "items", names)), "description", "Swept component kinds and parameters whose values go together, the "
                        + "i-th of each with the i-th of the others, instead of spanning their product: one group, "
                        + "[model, planning-steps], or several, [[a, b], [c, d]]."));
        properties.put("runs", ordered("type", "integer", "minimum", 1, "default", 10,
                "description", "Runs per sweep point."));
        properties.put("seed", ordered("type", "integer", "default", 1, "description", "The master seed."));
        properties.put("stop", stop());
        properties.put("metrics", ordered("type", "array", "minItems", 1, "items", ordered("enum", metrics(registry)),
                "description", "What summary.csv reports and the chart draws, a row of panels each; the protocol "
                        + "must measure it (episodes: steps, return and the columns of every metric loaded)."));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "object");
        chart.put("additionalProperties", false);
        chart.put("properties", ordered(
                "log-y", ordered("type", "boolean", "default", false, "description", "A logarithmic y axis."),
                "x-from", ordered("type", "number", "description", "The first x value drawn, such as 2 (episode 2)."),
                "panels-by", ordered("type", "string", "description", "A swept dimension: a panel per value; none for one panel. Without it, a sweep of two or more dimensions gets a panel per value of the one of fewest values.")));
        properties.put("chart", chart);
        schema.put("properties", properties);
        return schema;
    }

    /**
     * A JSON Schema of an experiment spec ({@link SpecJson}): its format, the file it was read
     * from, and the experiment, as {@link #of} describes experiment files.
     */
    public static Map<String, Object> spec(ProviderRegistry registry) {
        Map<String, Object> experiment = new LinkedHashMap<>(of(registry));
        experiment.remove("$schema");
        experiment.remove("title");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "Dyna experiment spec");
        schema.put("description", "An experiment as data, as it travels between processes and machines and is kept in "
                + "a result directory (spec.json): 'dyna run SPEC' runs it. Names no code to load.");
        schema.put("type", "object");
        schema.put("required", List.of(SpecJson.FORMAT_KEY, "experiment"));
        schema.put("additionalProperties", false);
        schema.put("properties", ordered(
                SpecJson.FORMAT_KEY, ordered("const", SpecJson.FORMAT, "description", "The spec's format version; a "
                        + "reader refuses another in one line."),
                "source", ordered("type", "string", "description", "The experiment file it was first read from "
                        + "(absolute), beside which relative file parameters stand; absent for an experiment given by "
                        + "options."),
                "experiment", experiment));
        return schema;
    }

    /** Every parameter the agent and the components found declare, by name; others are allowed (plugins'). */
    private static Map<String, Object> parameters(ProviderRegistry registry) {
        Map<String, ParameterSpec> declared = new TreeMap<>();
        AgentSettings.PARAMETERS.forEach(p -> declared.putIfAbsent(p.name(), p));
        for (ComponentKind kind : registry.kinds().kinds()) {
            for (ComponentProvider provider : registry.providers(kind)) {
                provider.parameters().forEach(p -> declared.putIfAbsent(p.name(), p));
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        declared.forEach((name, spec) -> {
            Map<String, Object> value = new LinkedHashMap<>();
            if (!spec.choices().isEmpty()) {
                value.put("enum", spec.choices());
            } else if (spec.type() == ParameterType.INTEGER) {
                value.put("type", List.of("integer", "string"));
            } else if (spec.type() == ParameterType.REAL) {
                value.put("type", List.of("number", "string"));
            } else {
                value.put("type", "string");
            }
            String range = spec.range().isEmpty() ? "" : " " + spec.range();
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("description", spec.description() + " (" + spec.type().label() + range + ", default "
                    + (spec.defaultValue().isEmpty() ? "none" : spec.defaultValue()) + "; a list sweeps it)");
            property.put("anyOf", List.of(value, ordered("type", "array", "items", value, "minItems", 1)));
            properties.put(name, property);
        });
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", "object");
        parameters.put("description", "Parameter values by name (KIND.NAME scopes one to a kind); a list sweeps one.");
        parameters.put("properties", properties);
        parameters.put("additionalProperties", true);
        return parameters;
    }

    /** One protocol of {@link StopConditions}, its settings recorded as its constructor asks for them. */
    private static Map<String, Object> stop() {
        List<Object> protocols = new ArrayList<>();
        for (StopConditions.Kind kind : StopConditions.KINDS) {
            Recorder recorder = new Recorder();
            try {
                kind.create().apply(recorder);
            } catch (RuntimeException e) {
                // only the settings it asked for are needed here
            }
            Map<String, Object> settings = recorder.settings;
            List<String> required = recorder.required;
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("type", "object");
            object.put("properties", settings);
            object.put("required", required);
            object.put("additionalProperties", false);
            Object value = settings.size() == 1 ? ordered("anyOf", List.of(settings.values().iterator().next(), object))
                    : object;
            protocols.add(ordered("type", "object", "properties", ordered(kind.key(), value), "required",
                    List.of(kind.key()), "additionalProperties", false));
        }
        Map<String, Object> stop = new LinkedHashMap<>();
        stop.put("description", "When each run stops: one protocol (default: episodes: 50).");
        stop.put("oneOf", protocols);
        return stop;
    }

    private static Map<String, Object> setting(String type, double min, double max, Object otherwise) {
        Map<String, Object> setting = new LinkedHashMap<>();
        setting.put("type", type);
        if (Math.abs(min) < 1e15) {
            setting.put("minimum", type.equals("integer") ? (Object) (long) min : min);
        }
        if (Math.abs(max) < 1e15) {
            setting.put("maximum", type.equals("integer") ? (Object) (long) max : max);
        }
        if (otherwise != null) {
            setting.put("default", otherwise);
        }
        return setting;
    }

    /** A map in the order of its keys and values as given (key, value, key, value, ...). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * Every metric a protocol measures, its own or, for protocols that measure episodes, a loaded
     * metric's column, in order of first appearance.
     */
    private static List<String> metrics(ProviderRegistry registry) {
        Set<String> names = new LinkedHashSet<>();
        for (StopConditions.Kind kind : StopConditions.KINDS) {
            StopCondition stop;
            try {
                stop = kind.create().apply(new Recorder());
            } catch (RuntimeException e) {
                continue;
            }
            stop.measures().stream().map(Measure::name).forEach(names::add);
            stop.alsoMeasured().stream().map(Measure::name).forEach(names::add);
            if (stop.measuresEpisodes()) {
                registry.providers(ComponentKind.METRIC).forEach(p -> ((MetricProvider) p).columns()
                        .forEach(c -> names.add(c.name())));
            }
        }
        return List.copyOf(names);
    }

    /**
     * Settings that record what a protocol asks for (type, range, default, whether required) and
     * answer with the default, or with a value in range for a required setting.
     */
    private static final class Recorder implements StopConditions.Settings {

        final Map<String, Object> settings = new LinkedHashMap<>();
        final List<String> required = new ArrayList<>();

        @Override
        public long whole(String name, long min, long max, Long otherwise) {
            record(name, "integer", min, max, otherwise);
            return otherwise != null ? otherwise : Math.min(max, Math.max(min, 1000));
        }

        @Override
        public double real(String name, double min, double max, Double otherwise) {
            record(name, "number", min, max, otherwise);
            return otherwise != null ? otherwise : Math.min(max, Math.max(min, 1000));
        }

        private void record(String name, String type, double min, double max, Object otherwise) {
            settings.put(name, setting(type, min, max, otherwise));
            if (otherwise == null) {
                required.add(name);
            }
        }
    }
}
