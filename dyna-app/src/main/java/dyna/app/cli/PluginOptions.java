package dyna.app.cli;

import dyna.app.Main;
import dyna.core.plugin.PluginJar;
import dyna.core.plugin.LoadedPlugins;
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
 * {@code DYNA_PLUGINS} path list. Loads them once per process.
 */
final class PluginOptions {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "A directory of extension jars, besides plugins/ and DYNA_PLUGINS. Repeatable.")
    List<Path> directories = new ArrayList<>();

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

    /**
     * The jars of every directory, each loaded into its own layer, once per process and set of
     * directories (the command line is built with the kinds they declare, before the command runs).
     */
    LoadedPlugins loaded() {
        for (Path directory : directories) {
            if (!directory.toFile().isDirectory()) {
                throw new UsageException("--plugins " + directory + ": not a directory");
            }
        }
        return load(directories());
    }

    private static LoadedPlugins load(List<Path> directories) {
        synchronized (LOADED) {
            LoadedPlugins plugins = LOADED.get(directories);
            if (plugins == null) {
                try {
                    plugins = LoadedPlugins.load(directories);
                } catch (IOException e) {
                    throw new UsageException("cannot list a plugin directory (" + e.getMessage() + ")", e);
                }
                LOADED.put(List.copyOf(directories), plugins);
            }
            return plugins;
        }
    }

    private static final java.util.Map<List<Path>, LoadedPlugins> LOADED = new java.util.HashMap<>();

    /**
     * The kinds of component that the plugins of a command line declare, with the built-in ones: the
     * directories are read from {@code --plugins} in {@code args} as picocli would (and the
     * default and {@code DYNA_PLUGINS}), so that the command's component options can be made
     * before it is parsed. A directory that does not exist is left to the command to refuse.
     */
    static dyna.core.registry.KindTable kinds(String... args) {
        PluginOptions options = new PluginOptions();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--plugins") && i + 1 < args.length) {
                options.directories.add(Path.of(args[++i]));
            } else if (args[i].startsWith("--plugins=")) {
                options.directories.add(Path.of(args[i].substring("--plugins=".length())));
            }
        }
        try {
            return load(options.directories()).kinds();
        } catch (UsageException | java.nio.file.InvalidPathException e) {
            return dyna.core.registry.KindTable.builtIn();
        }
    }

    /** The jars of every directory, each loaded into its own layer. */
    List<PluginJar> jars() {
        return loaded().jars();
    }

    /** The registry of the built-ins and every plugin's providers. */
    ProviderRegistry registry() {
        return loaded().registry();
    }

    /** The Guice modules the plugins contribute, and one adding each jar's episode listeners, in jar order. */
    List<com.google.inject.Module> guiceModules() {
        return loaded().guiceModules();
    }

    /**
     * One line for each plugin jar that failed or lost a part, each kind that could not be added,
     * and each of their providers that the registry refused (a duplicate id), for commands to report.
     */
    List<String> problems(ProviderRegistry registry) {
        return loaded().problems(registry);
    }
}
