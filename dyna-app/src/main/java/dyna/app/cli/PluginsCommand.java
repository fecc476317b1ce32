package dyna.app.cli;

import dyna.api.provider.ComponentProvider;
import dyna.core.plugin.PluginJar;
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
        if (jars.isEmpty()) {
            out.println("No plugin jars.");
        }
        for (PluginJar jar : jars) {
            out.println();
            out.printf("%s%n", jar.fileName());
            out.printf("  module    %s %s%n", jar.module().isEmpty() ? "(unreadable)" : jar.module(), jar.version());
            out.printf("  state     %s%n", jar.state());
            for (ComponentProvider provider : jar.providers()) {
                out.printf("  provides  %-12s %s%n", provider.kind().label(), provider.id());
            }
            for (com.google.inject.Module module : jar.guiceModules()) {
                out.printf("  provides  %-12s %s%n", "guice-module", module.getClass().getName());
            }
        }
        out.flush();
        return 0;
    }
}
