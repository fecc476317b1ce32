package dyna.core.plugin;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.KindDeclaration;
import dyna.core.registry.KindTable;
import dyna.api.run.EpisodeListener;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads the jars of plugin directories, each into a module layer of its own whose parent is the
 * boot layer, and takes providers from that layer only. Every failure stays inside its jar and
 * names it: a corrupt jar, a {@code requires} that cannot be found, a package split with a
 * core module, two jars with one module name, a module named like a core module, a jar built
 * against an incompatible {@code dyna.api}, a provider that throws. Plain jars with
 * {@code META-INF/services} load as automatic modules.
 */
public final class PluginLoader {

    private PluginLoader() {
    }

    /** The jars of these directories (in file name order; a directory that does not exist has none). */
    public static List<Path> jars(List<Path> directories) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                        .sorted().forEach(jars::add);
            }
        }
        return jars;
    }

    /** Loads each jar into its own layer; never throws for a bad jar. */
    public static List<PluginJar> load(List<Path> jars) {
        List<PluginJar> loaded = new ArrayList<>();
        Map<String, Path> modules = new HashMap<>();
        for (Path jar : jars) {
            loaded.add(load(jar, modules));
        }
        return loaded;
    }

    private static PluginJar load(Path jar, Map<String, Path> modules) {
        ModuleDescriptor descriptor;
        try {
            Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
            if (found.size() != 1) {
                return PluginJar.failed(jar, "", "not a module jar");
            }
            descriptor = found.iterator().next().descriptor();
        } catch (FindException e) {
            return PluginJar.failed(jar, "", "cannot read the jar: " + oneLine(e));
        }
        String name = descriptor.name();
        if (ModuleLayer.boot().findModule(name).isPresent()) {
            return PluginJar.failed(jar, name, "its module " + name + " is named like a module of the application");
        }
        Path earlier = modules.putIfAbsent(name, jar);
        if (earlier != null) {
            return PluginJar.failed(jar, name, "module " + name + " is also in " + earlier.getFileName()
                    + "; two jars cannot have the same module name");
        }
        Optional<String> incompatible = SpiVersion.check(descriptor);
        if (incompatible.isPresent()) {
            return PluginJar.failed(jar, name, incompatible.get());
        }
        ModuleLayer layer;
        try {
            Configuration configuration = ModuleLayer.boot().configuration()
                    .resolveAndBind(ModuleFinder.of(jar), ModuleFinder.of(), Set.of(name));
            layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
        } catch (FindException | ResolutionException | LayerInstantiationException | SecurityException e) {
            return PluginJar.failed(jar, name, oneLine(e));
        }
        String version = descriptor.rawVersion().orElse("unversioned");
        String digest = digest(jar);
        List<ComponentProvider> providers = new ArrayList<>();
        List<KindTable.Entry> kinds = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<com.google.inject.Module> guiceModules = new ArrayList<>();
        List<EpisodeListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        // A constructor, id() or description() that never returns must not hang every command:
        // the jar's providers are made on a thread of their own, given a time limit.
        Thread loading = new Thread(() -> {
            List<ComponentProvider> made = new ArrayList<>();
            for (KindTable.Entry entry : KindTable.builtIn().entries()) {
                collect(layer, entry.providerType(), made, problems);
            }
            for (KindTable.Entry declared : declaredKinds(layer, problems)) {
                kinds.add(declared);
                // Core loads the kind's providers: it must read the plugin's module and use the type.
                PluginLoader.class.getModule().addReads(declared.providerType().getModule());
                PluginLoader.class.getModule().addUses(declared.providerType());
                List<ComponentProvider> ofKind = new ArrayList<>();
                collect(layer, declared.providerType(), ofKind, problems);
                for (ComponentProvider provider : ofKind) {
                    if (provider.kind().equals(declared.kind())) {
                        made.add(provider);
                    } else {
                        problems.add("provider " + provider.getClass().getName() + " implements the provider type of "
                                + "kind " + declared.kind().label() + " but says its kind is " + provider.kind().label());
                    }
                }
            }
            for (ComponentProvider provider : made) {
                Optional<String> problem = ProviderRegistry.problem(provider);
                if (problem.isPresent()) {
                    problems.add("provider " + provider.getClass().getName() + ": " + problem.get());
                } else {
                    synchronized (providers) {
                        providers.add(provider);
                    }
                }
            }
            collect(layer, EpisodeListener.class, listeners, problems);
            List<com.google.inject.Module> contributed = new ArrayList<>();
            collect(layer, com.google.inject.Module.class, contributed, problems);
            for (com.google.inject.Module module : contributed) {
                Optional<String> problem = GuiceModules.problem(module);
                if (problem.isPresent()) {
                    problems.add("Guice module " + module.getClass().getName() + " fails: " + problem.get());
                } else {
                    synchronized (guiceModules) {
                        guiceModules.add(module);
                    }
                }
            }
        }, "dyna-plugin-" + name);
        loading.setDaemon(true);
        loading.start();
        try {
            loading.join(timeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (loading.isAlive()) {
            return PluginJar.failed(jar, name, "loading its providers did not finish within " + timeout().toSeconds()
                    + " s (a constructor, id() or description() that never returns?)");
        }
        if (providers.isEmpty() && guiceModules.isEmpty() && listeners.isEmpty() && !problems.isEmpty()) {
            return new PluginJar(jar, name, version, List.of(), List.of(), List.of(), List.copyOf(problems), List.of(),
                    digest);
        }
        return new PluginJar(jar, name, version, providers, guiceModules, listeners, List.copyOf(problems),
                List.copyOf(kinds), digest);
    }

    /** The kinds of component a layer's module declares, each checked; a declaration at fault is a problem. */
    private static List<KindTable.Entry> declaredKinds(ModuleLayer layer, List<String> problems) {
        List<KindDeclaration> declarations = new ArrayList<>();
        collect(layer, KindDeclaration.class, declarations, problems);
        List<KindTable.Entry> kinds = new ArrayList<>();
        for (KindDeclaration declaration : declarations) {
            try {
                ComponentKind kind = declaration.kind();
                Class<? extends ComponentProvider> type = declaration.providerType();
                KindTable.builtIn().with(kind, type);   // checks the label is free and the type an ExtensionProvider
                kinds.add(new KindTable.Entry(kind, type));
            } catch (RuntimeException | LinkageError e) {
                problems.add("kind declaration " + declaration.getClass().getName() + ": " + oneLine(e));
            }
        }
        return kinds;
    }

    /** The SHA-256 of a file's bytes in hexadecimal, or "" when it cannot be read. */
    static String digest(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "";
        }
    }

    /** How long a jar's providers may take to load: {@code dyna.plugin.timeout} seconds, 10 by default. */
    static java.time.Duration timeout() {
        try {
            return java.time.Duration.ofSeconds(Long.parseLong(System.getProperty("dyna.plugin.timeout", "10")));
        } catch (NumberFormatException e) {
            return java.time.Duration.ofSeconds(10);
        }
    }

    private static <S> void collect(ModuleLayer layer, Class<S> service, List<? super S> found, List<String> problems) {
        try {
            ServiceLoader.load(layer, service).stream()
                    .filter(p -> p.type().getModule().getLayer() == layer)
                    .forEach(p -> {
                        try {
                            found.add(p.get());
                        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                            problems.add("provider " + p.type().getName() + " throws: " + oneLine(e));
                        }
                    });
        } catch (ServiceConfigurationError e) {
            problems.add(oneLine(e));
        }
    }

    private static String oneLine(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            text.append(": ").append(cause.getMessage());
            cause = cause.getCause();
        }
        return text.toString().replace('\n', ' ');
    }
}
