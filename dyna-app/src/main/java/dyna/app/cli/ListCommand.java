package dyna.app.cli;

import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.core.agent.AgentSettings;
import dyna.core.registry.LoadFailure;
import dyna.core.registry.ProviderRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyna list}: every provider, by kind, with its parameters, module and version. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every environment, model, planner, bonus, update rule and policy found, with parameters.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProviderRegistry registry = plugins.registry();
        for (ComponentKind kind : registry.kinds().kinds()) {
            out.println(kind.heading() + (kind.isBuiltIn() ? "" : " (a kind declared by a plugin: --" + kind.label()
                    + " ID, or " + kind.label() + ": in an experiment file; default " + kind.defaultId().orElse("")
                    + ")"));
            for (ComponentProvider provider : registry.providers(kind)) {
                out.printf("  %-22s %s%n", provider.id(), provider.description());
                out.printf("  %-22s from %s %s (%s)%s%n", "", provider.moduleName(), provider.version(),
                        provider.origin(), ProviderRegistry.fromPlugin(provider) ? ", plugin" : "");
                if (provider instanceof MetricProvider metric) {
                    for (MetricColumn column : metric.columns()) {
                        out.printf("      column %-13s %s%n", column.name(), column.description());
                    }
                }
                printParameters(out, provider.parameters());
            }
            out.println();
        }
        out.println("AGENT (the Dyna loop's own parameters)");
        printParameters(out, AgentSettings.PARAMETERS);
        long failedJars = plugins.jars().stream().filter(j -> !j.loaded()).count();
        if (failedJars > 0) {
            out.println();
            out.println(failedJars + " plugin jar(s) failed to load; 'dyna plugins' says why.");
        }
        List<LoadFailure> failures = registry.failures();
        if (!failures.isEmpty()) {
            out.println();
            out.println("FAILED TO LOAD");
            failures.forEach(f -> out.println("  " + f));
        }
        out.flush();
        return 0;
    }

    private static void printParameters(PrintWriter out, List<ParameterSpec> parameters) {
        for (ParameterSpec p : parameters) {
            String range = p.range().isEmpty() ? "" : " in " + p.range();
            String value = p.defaultValue().isEmpty() ? "(none)" : p.defaultValue();
            out.printf("      %-20s %s, default %s%s: %s%n", p.name(), p.type().label(), value, range, p.description());
        }
    }
}
