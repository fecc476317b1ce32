package dyna.experiment.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.api.provider.ComponentProvider;
import dyna.experiment.ExperimentPoint;
import dyna.core.compose.ResolvedComponent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code config.json}: the resolved configuration of an experiment, with every
 * component's id, module, version and every parameter value at every sweep point, the seeds,
 * and the versions of Dyna and Java; enough to run it again.
 */
public final class ConfigurationReport {

    private ConfigurationReport() {
    }

    /** Writes the report to {@code file} atomically. */
    public static void write(Path file, Map<String, Object> report) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(file, out -> {
            out.write(json.writeValueAsBytes(report));
            out.write('\n');
        });
    }

    /**
     * The report of an experiment.
     *
     * @param experiment top-level entries (seed, runs, episodes, ...), written first
     */
    public static Map<String, Object> of(Map<String, Object> experiment, List<ExperimentPoint> points) {
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("version", dynaVersion());
        versions.put("java", System.getProperty("java.version"));
        report.put("dyna", versions);
        report.putAll(experiment);
        List<Object> described = new ArrayList<>();
        for (ExperimentPoint point : points) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("swept", point.point().swept());
            entry.put("seed", point.seed());
            entry.put("environment-seed", point.environmentSeed());
            entry.put("agent", point.configuration().agent().asMap());
            Map<String, Object> components = new LinkedHashMap<>();
            point.configuration().components().forEach((kind, component) ->
                    components.put(kind.label(), describe(component)));
            entry.put("components", components);
            described.add(entry);
        }
        report.put("points", described);
        return report;
    }

    private static Map<String, Object> describe(ResolvedComponent component) {
        ComponentProvider provider = component.provider();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", provider.id());
        entry.put("module", provider.moduleName());
        entry.put("version", provider.version());
        entry.put("origin", provider.origin());
        entry.put("parameters", component.parameters().asMap());
        return entry;
    }

    /** The version of Dyna itself, from the core module. */
    public static String dynaVersion() {
        Module core = dyna.core.agent.DynaAgent.class.getModule();
        if (core.getDescriptor() != null && core.getDescriptor().rawVersion().isPresent()) {
            return core.getDescriptor().rawVersion().get();
        }
        return "unversioned";
    }
}
