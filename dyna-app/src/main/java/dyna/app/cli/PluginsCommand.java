package dyna.app.cli;

import dyna.api.provider.ComponentProvider;
import dyna.core.plugin.PluginJar;
import dyna.core.registry.LoadFailure;
import dyna.core.registry.ProviderRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyna plugins}: every extension jar, what it contributes, and whether it loaded. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List every plugin jar with its module, version, the providers it contributes and its state.")
final class PluginsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Plugin directories:");
        for (Path directory : plugins.directories()) {
            out.println("  " + directory + (directory.toFile().isDirectory() ? "" : " (does not exist)"));
        }
        List<PluginJar> jars = plugins.jars();
        ProviderRegistry registry = plugins.registry();
        if (jars.isEmpty()) {
            out.println("No plugin jars.");
        }
        for (PluginJar jar : jars) {
            out.println();
            out.printf("%s%n", jar.fileName());
            out.printf("  module    %s %s%n", jar.module().isEmpty() ? "(unreadable)" : jar.module(), jar.version());
            List<LoadFailure> refused = registry.failures().stream()
                    .filter(f -> f.origin().endsWith(", " + jar.fileName())).toList();
            out.printf("  state     %s%n", refused.isEmpty() || jar.providers().size() > refused.size() ? jar.state()
                    : "failed: " + refused.get(0).reason());
            out.printf("  build     sha256:%s%n", jar.digest());
            for (dyna.core.registry.KindTable.Entry kind : jar.kinds()) {
                boolean added = registry.kinds().providerType(kind.kind()) == kind.providerType();
                out.printf("  declares  %-12s %s (%s, default %s)%s%n", "kind", kind.kind().label(),
                        kind.kind().heading(), kind.kind().defaultId().orElse(""), added ? "" : " (refused, see below)");
            }
            for (ComponentProvider provider : jar.providers()) {
                boolean accepted = registry.providers().contains(provider);
                out.printf("  provides  %-12s %s%s%n", provider.kind().label(), provider.id(),
                        accepted ? "" : " (refused, see below)");
            }
            for (LoadFailure failure : refused) {
                out.printf("  refused   %s%n", failure.reason());
            }
            for (com.google.inject.Module module : jar.guiceModules()) {
                out.printf("  provides  %-12s %s%n", "guice-module", module.getClass().getName());
            }
            for (dyna.api.run.EpisodeListener listener : jar.listeners()) {
                out.printf("  provides  %-12s %s%n", "listener", listener.getClass().getName());
            }
        }
        out.flush();
        return 0;
    }
}
