package dyna.experiment.cluster;

import dyna.core.plugin.LoadedPlugins;
import dyna.core.plugin.PluginJar;
import dyna.experiment.output.ConfigurationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What a process runs with: the Dyna version and its plugin modules with their versions and
 * builds. Two processes with the same plugin set build the same agents from the same run; a
 * member whose set differs from the submitter's takes no runs.
 *
 * @param dyna    the Dyna version
 * @param plugins each plugin module as {@code name version sha256:HEX} (the first 16 digits of
 *                its jar's digest), in name order
 */
public record PluginSet(String dyna, List<String> plugins) {

    /** Sorts and copies the plugins. */
    public PluginSet {
        plugins = plugins.stream().sorted().toList();
    }

    /** The plugin set of a process with these plugins: every loaded jar's module, version and build. */
    public static PluginSet of(LoadedPlugins plugins) {
        return new PluginSet(ConfigurationReport.dynaVersion(), plugins.jars().stream().filter(PluginJar::loaded)
                .map(jar -> jar.module() + " " + jar.version() + " sha256:"
                        + jar.digest().substring(0, Math.min(16, jar.digest().length())))
                .toList());
    }

    /** The set as one line, as members publish it: {@code dyna 0.2.0; plugins: a 1.0, b 2.0}. */
    public String text() {
        return "dyna " + dyna + "; plugins: " + (plugins.isEmpty() ? "none" : String.join(", ", plugins));
    }

    /** The set written by {@link #text()}. */
    public static PluginSet parse(String text) {
        if (text == null || !text.startsWith("dyna ") || !text.contains("; plugins: ")) {
            return new PluginSet("unknown", List.of());
        }
        int at = text.indexOf("; plugins: ");
        String list = text.substring(at + "; plugins: ".length());
        return new PluginSet(text.substring("dyna ".length(), at),
                list.equals("none") ? List.of() : List.of(list.split(", ")));
    }

    /** What differs between {@code there} (another member's set) and this set, in words. */
    public String differenceFrom(PluginSet there) {
        List<String> parts = new ArrayList<>();
        if (!dyna.equals(there.dyna)) {
            parts.add("it runs Dyna " + there.dyna + ", this process " + dyna);
        }
        List<String> onlyThere = there.plugins.stream().filter(p -> !plugins.contains(p)).toList();
        List<String> onlyHere = plugins.stream().filter(p -> !there.plugins.contains(p)).toList();
        if (!onlyThere.isEmpty()) {
            parts.add("it has " + String.join(", ", onlyThere) + " that this process has not");
        }
        if (!onlyHere.isEmpty()) {
            parts.add("it lacks " + String.join(", ", onlyHere));
        }
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }
}
