package dyna.core.plugin;

import dyna.api.provider.ComponentProvider;
import dyna.api.run.EpisodeListener;
import dyna.core.compose.Slots;
import dyna.core.registry.KindTable;
import java.nio.file.Path;
import java.util.List;

/**
 * One jar from a plugin directory and what became of it.
 *
 * @param jar          the jar file
 * @param module       its module name, or "" when it could not be read
 * @param version      its module version, or "unversioned"
 * @param providers    the providers it contributes, loaded
 * @param guiceModules the Guice modules it contributes ({@code provides com.google.inject.Module})
 * @param listeners    the episode listeners it contributes ({@code provides dyna.api.run.EpisodeListener})
 * @param problems     what went wrong, one line each, naming the jar's part at fault
 * @param kinds        the kinds of component it declares ({@code provides dyna.api.provider.KindDeclaration})
 * @param digest       the SHA-256 of the jar's bytes, in hexadecimal ("" when it could not be read):
 *                     what tells two builds of one module version apart
 */
public record PluginJar(Path jar, String module, String version, List<ComponentProvider> providers,
        List<com.google.inject.Module> guiceModules, List<EpisodeListener> listeners, List<String> problems,
        List<KindTable.Entry> kinds, String digest) {

    /** Copies the lists. */
    public PluginJar {
        providers = List.copyOf(providers);
        guiceModules = List.copyOf(guiceModules);
        listeners = List.copyOf(listeners);
        problems = List.copyOf(problems);
        kinds = List.copyOf(kinds);
    }

    /** A jar that failed as a whole. */
    static PluginJar failed(Path jar, String module, String problem) {
        return new PluginJar(jar, module, "unversioned", List.of(), List.of(), List.of(), List.of(problem), List.of(),
                "");
    }

    /** Whether the jar contributes anything: it loaded, perhaps with some providers failing. */
    public boolean loaded() {
        return !providers.isEmpty() || !guiceModules.isEmpty() || !listeners.isEmpty() || problems.isEmpty();
    }

    /**
     * A Guice module that adds the jar's episode listeners to every agent's
     * ({@link dyna.core.compose.Slots#episodeListeners}), or none when it has none.
     */
    public List<com.google.inject.Module> listenerModules() {
        if (listeners.isEmpty()) {
            return List.of();
        }
        return List.of(binder -> listeners.forEach(l -> Slots.episodeListeners(binder).addBinding().toInstance(l)));
    }

    /** The jar's file name, as messages name it. */
    public String fileName() {
        return jar.getFileName().toString();
    }

    /** "loaded", or "failed: " and the first problem. */
    public String state() {
        if (!loaded()) {
            return "failed: " + problems.get(0);
        }
        return problems.isEmpty() ? "loaded" : "loaded, with problems: " + String.join("; ", problems);
    }
}
