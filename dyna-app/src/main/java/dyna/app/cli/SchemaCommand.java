package dyna.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.experiment.reader.ExperimentSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyna schema}: the JSON Schema of experiment files, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of experiment files (with the ids and parameters of the components "
                + "found, plugins' included), for editors to complete and check them. docs/experiment.schema.json "
                + "is the built-ins' one.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @picocli.CommandLine.Option(names = "--spec", description = "The schema of experiment specs (spec.json, "
            + "docs/spec.schema.json) instead of experiment files.")
    boolean specs;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(specs ? ExperimentSchema.spec(plugins.registry())
                        : ExperimentSchema.of(plugins.registry())));
        out.flush();
        return 0;
    }
}
