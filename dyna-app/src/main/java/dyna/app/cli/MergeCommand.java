package dyna.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyna merge --out DIR SHARD_DIR...}: the results of an experiment run in shards
 * ({@code dyna run ... --shard K/N}), from the shard directories alone: the experiment is rebuilt
 * from the first shard's recorded command line, each shard is checked to hold runs of that
 * experiment, and the results are written as one local run writes them (runs no shard holds are
 * run here).
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Combine the directories of an experiment run in shards (dyna run ... --shard K/N) into one "
                + "result set, byte for byte that of a local run; runs that no shard holds are run here.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The --out directories of the shards.")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the results.")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads for runs no shard holds (default: all cores).")
    Integer threads;

    @Option(names = "--overwrite", description = "Replace the results of another experiment in --out.")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        Path first = shards.get(0);
        Path record = first.resolve("runs").resolve(RunCommand.SHARD_RECORD);
        if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(first + " is not the directory of a shard (no runs/" + RunCommand.SHARD_RECORD
                    + "); give the --out directories of 'dyna run ... --shard K/N'");
        }
        JsonNode recorded;
        try {
            recorded = new ObjectMapper().readTree(Files.readString(record, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException(record + " is damaged (" + e.getMessage() + ")");
        }
        List<String> args = new ArrayList<>();
        recorded.path("args").forEach(a -> args.add(a.asText()));
        Path directory = Path.of(recorded.path("directory").asText(""));
        if (args.isEmpty() || !directory.isAbsolute()) {
            throw new UsageException(record + " does not record the command that ran the shard");
        }
        return RunCommand.merging(spec, args, directory, shards, out, threads, overwrite).call();
    }
}
