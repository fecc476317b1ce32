package dyna.core.plugin;

import dyna.api.provider.ComponentProvider;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;

/**
 * The version of {@code dyna.api} that a plugin was built against, read from its compiled
 * module descriptor ({@code requires dyna.api} records it), checked against the running one:
 * while the version is 0.x the minor versions must match, from 1.0 on the major ones, as
 * semantic versioning has it. Automatic modules (plain jars) record nothing and are not checked.
 */
public final class SpiVersion {

    private SpiVersion() {
    }

    /** The running {@code dyna.api} version, or empty if it has none. */
    public static Optional<ModuleDescriptor.Version> running() {
        ModuleDescriptor api = ComponentProvider.class.getModule().getDescriptor();
        return api == null ? Optional.empty() : api.version();
    }

    /** A problem with the plugin's {@code dyna.api} version, or empty if it is compatible or unknown. */
    static Optional<String> check(ModuleDescriptor plugin) {
        Optional<ModuleDescriptor.Version> running = running();
        Optional<ModuleDescriptor.Version> built = plugin.requires().stream()
                .filter(r -> r.name().equals("dyna.api"))
                .findFirst()
                .flatMap(ModuleDescriptor.Requires::compiledVersion);
        if (running.isEmpty() || built.isEmpty()) {
            return Optional.empty();
        }
        String runningLine = line(running.get().toString());
        String builtLine = line(built.get().toString());
        if (runningLine.equals(builtLine)) {
            return Optional.empty();
        }
        return Optional.of("built against dyna.api " + built.get() + ", but this Dyna has dyna.api " + running.get()
                + "; rebuild it against dyna.api " + runningLine + ".x");
    }

    /** "0.1" for 0.1.3, "2" for 2.4.0: the part that must match. */
    private static String line(String version) {
        String[] parts = version.split("[.\\-+]");
        if (parts[0].equals("0") && parts.length > 1) {
            return "0." + parts[1];
        }
        return parts[0];
    }
}
