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
        description = "List every environment, model, planner, bonus, update rule and policy found, with parameters; "
                + "'dyna list KIND' lists one kind.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "KIND",
            description = "Only this kind, by its label (model, planner, environment, metric, ..., or agent for the "
                    + "agent's own parameters).")
    String only;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProviderRegistry registry = plugins.registry();
        List<ComponentKind> shown = registry.kinds().kinds();
        if (only != null && !only.equals("agent")) {
            List<String> labels = new java.util.ArrayList<>(shown.stream().map(ComponentKind::label).toList());
            labels.add("agent");
            shown = shown.stream().filter(kind -> kind.label().equals(only)).toList();
            if (shown.isEmpty()) {
                throw new UsageException("no kind '" + only + "'" + dyna.core.registry.DidYouMean.suggestion(only, labels)
                        + "; kinds: " + String.join(", ", labels));
            }
        } else if (only != null) {
            shown = List.of();
        }
        for (ComponentKind kind : shown) {
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
        if (only == null || only.equals("agent")) {
            out.println("AGENT (the Dyna loop's own parameters)");
            printParameters(out, AgentSettings.PARAMETERS);
        }
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
