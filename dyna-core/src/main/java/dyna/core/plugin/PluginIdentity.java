package dyna.core.plugin;

import dyna.api.provider.ComponentProvider;
import dyna.core.registry.ProviderRegistry;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What identifies the build of a plugin's provider: its module, version and the SHA-256 of the
 * jar it was loaded from, as {@code name version sha256:HEX}. A run made with a provider from a
 * plugin is identified by it too, so that a rebuilt plugin of the same version (whose runs may
 * differ) never has its runs mixed with the old build's. The built-ins have none: the version of
 * Dyna identifies them.
 */
public final class PluginIdentity {

    private static final Map<Path, String> DIGESTS = new ConcurrentHashMap<>();

    private PluginIdentity() {
    }

    /** The identity of the plugin build a provider comes from; empty for a built-in (or one not from a jar). */
    public static Optional<String> of(ComponentProvider provider) {
        if (!ProviderRegistry.fromPlugin(provider)) {
            return Optional.empty();
        }
        CodeSource source = provider.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        Path jar;
        try {
            jar = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String digest = DIGESTS.computeIfAbsent(jar, PluginLoader::digest);
        return Optional.of(provider.moduleName() + " " + provider.version() + " sha256:" + digest);
    }
}
