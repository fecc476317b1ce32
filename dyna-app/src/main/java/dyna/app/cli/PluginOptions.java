package dyna.app.cli;

import dyna.api.provider.ComponentProvider;
import dyna.app.Main;
import dyna.core.plugin.PluginJar;
import dyna.core.plugin.PluginLoader;
import dyna.core.registry.ProviderRegistry;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where extension jars come from: {@code plugins/} beside the application (the repository root
 * when run by {@code ./dyna}), each {@code --plugins DIR}, and each directory of the
 * {@code DYNA_PLUGINS} path list. Loads them once per command.
 */
final class PluginOptions {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "A directory of extension jars, besides plugins/ and DYNA_PLUGINS. Repeatable.")
    List<Path> directories = new ArrayList<>();

    private List<PluginJar> loaded;

    /** Every plugin directory, in order: the default, then --plugins, then DYNA_PLUGINS. */
    List<Path> directories() {
        List<Path> all = new ArrayList<>();
        all.add(defaultDirectory());
        all.addAll(directories);
        String environment = System.getenv("DYNA_PLUGINS");
        if (environment != null) {
            for (String part : environment.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    all.add(Path.of(part.strip()));
                }
            }
        }
        return all;
    }

    /** {@code plugins/} in {@code dyna.home}, or beside the lib directory the application runs from. */
    static Path defaultDirectory() {
        String home = System.getProperty("dyna.home");
        if (home != null) {
            return Path.of(home, "plugins");
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = jar.getParent();
            Path base = lib == null ? null : lib.getParent();
            return base == null ? Path.of("plugins") : base.resolve("plugins");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("plugins");
        }
    }

    /** The jars of every directory, each loaded into its own layer. */
    List<PluginJar> jars() {
        if (loaded == null) {
            for (Path directory : directories) {
                if (!directory.toFile().isDirectory()) {
                    throw new UsageException("--plugins " + directory + ": not a directory");
                }
            }
            try {
                loaded = PluginLoader.load(PluginLoader.jars(directories()));
            } catch (IOException e) {
                throw new UsageException("cannot list a plugin directory (" + e.getMessage() + ")", e);
            }
        }
        return loaded;
    }

    /** The registry of the built-ins and every plugin's providers. */
    ProviderRegistry registry() {
        List<ComponentProvider> extensions = jars().stream().flatMap(p -> p.providers().stream()).toList();
        return ProviderRegistry.discover(extensions);
    }

    /** The Guice modules the plugins contribute, and one adding each jar's episode listeners, in jar order. */
    List<com.google.inject.Module> guiceModules() {
        return jars().stream().flatMap(p -> java.util.stream.Stream.concat(p.guiceModules().stream(),
                p.listenerModules().stream())).toList();
    }

    /**
     * One line for each plugin jar that failed or lost a part, and for each of their providers
     * that the registry refused (a duplicate id), for commands to report.
     */
    List<String> problems(ProviderRegistry registry) {
        List<String> lines = new ArrayList<>();
        for (PluginJar jar : jars()) {
            if (!jar.problems().isEmpty()) {
                lines.add("plugin " + jar.fileName() + " " + jar.state());
            }
        }
        for (dyna.core.registry.LoadFailure failure : registry.failures()) {
            if (jars().stream().anyMatch(jar -> failure.origin().endsWith(", " + jar.fileName()))) {
                lines.add("plugin " + failure);
            }
        }
        return lines;
    }
}
