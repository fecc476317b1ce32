package dyna.core.plugin;

import dyna.api.provider.ComponentProvider;
import dyna.core.registry.KindTable;
import dyna.core.registry.LoadFailure;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars of the plugin directories, each loaded into its own layer, and what they add together:
 * the kinds they declare, the registry of every provider (built-in and theirs), their Guice
 * modules, and one line for each thing that went wrong.
 */
public final class LoadedPlugins {

    private final List<PluginJar> jars;
    private final KindTable kinds;
    private final List<String> kindProblems;

    private LoadedPlugins(List<PluginJar> jars) {
        this.jars = List.copyOf(jars);
        KindTable table = KindTable.builtIn();
        List<String> problems = new ArrayList<>();
        for (PluginJar jar : jars) {
            for (KindTable.Entry entry : jar.kinds()) {
                try {
                    table = table.with(entry.kind(), entry.providerType());
                } catch (IllegalArgumentException e) {
                    problems.add("plugin " + jar.fileName() + ": kind " + entry.kind().label() + " is not added: "
                            + e.getMessage());
                }
            }
        }
        this.kinds = table;
        this.kindProblems = List.copyOf(problems);
    }

    /** Loads the jars of these directories (see {@link PluginLoader#jars}); a bad jar fails alone. */
    public static LoadedPlugins load(List<Path> directories) throws IOException {
        return new LoadedPlugins(PluginLoader.load(PluginLoader.jars(directories)));
    }

    /** These jars, loaded already. */
    public static LoadedPlugins of(List<PluginJar> jars) {
        return new LoadedPlugins(jars);
    }

    /** No plugin: the built-ins alone. */
    public static LoadedPlugins none() {
        return new LoadedPlugins(List.of());
    }

    /** Every jar, in the order loaded. */
    public List<PluginJar> jars() {
        return jars;
    }

    /** The built-in kinds and those the jars declare (the first jar to declare a label has it). */
    public KindTable kinds() {
        return kinds;
    }

    /** The registry of the built-in providers and every jar's. */
    public ProviderRegistry registry() {
        List<ComponentProvider> extensions = jars.stream().flatMap(p -> p.providers().stream()).toList();
        return ProviderRegistry.discover(kinds, extensions);
    }

    /** The Guice modules the jars contribute, and one adding each jar's episode listeners, in jar order. */
    public List<com.google.inject.Module> guiceModules() {
        return jars.stream().flatMap(p -> Stream.concat(p.guiceModules().stream(), p.listenerModules().stream()))
                .toList();
    }

    /**
     * One line for each jar that failed or lost a part, each kind that could not be added, and
     * each of the jars' providers that the registry refused (a duplicate id), for commands to report.
     */
    public List<String> problems(ProviderRegistry registry) {
        List<String> lines = new ArrayList<>();
        for (PluginJar jar : jars) {
            if (!jar.problems().isEmpty()) {
                lines.add("plugin " + jar.fileName() + " " + jar.state());
            }
        }
        lines.addAll(kindProblems);
        for (LoadFailure failure : registry.failures()) {
            if (jars.stream().anyMatch(jar -> failure.origin().endsWith(", " + jar.fileName()))) {
                lines.add("plugin " + failure);
            }
        }
        return lines;
    }
}
