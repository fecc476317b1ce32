package dyna.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.core.registry.KindTable;
import dyna.experiment.output.AtomicFiles;
import dyna.experiment.reader.SpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a shard's directory records of how it was run ({@code runs/shard.json}): which shard, and
 * the experiment as data ({@link SpecJson}), from which {@code dyna merge} rebuilds the experiment
 * with the merging process's own plugins. It names no code to load and no command line.
 *
 * @param shard the shard the directory holds the runs of
 * @param spec  the experiment
 */
public record ShardRecord(Shard shard, ExperimentSpec spec) {

    /** The record's file in a shard's {@code runs/}. */
    public static final String FILE = "shard.json";

    /** Writes the record into {@code runs}, atomically. */
    public void write(Path runs) throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("shard", shard.toString());
        record.put("spec", SpecJson.tree(spec));
        byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(record);
        AtomicFiles.write(runs.resolve(FILE), out -> out.write(bytes));
    }

    /**
     * The record of a shard's directory.
     *
     * @param kinds the kinds of component loaded here, which the spec's keys may name
     * @throws ExperimentException in one line: not a shard's directory, a damaged record, a spec
     *                             of another format or one this process cannot read
     */
    public static ShardRecord read(Path directory, KindTable kinds) {
        Path file = directory.resolve("runs").resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExperimentException(directory + " is not the directory of a shard (no runs/" + FILE
                    + "); give the --out directories of 'dyna run ... --shard K/N'");
        }
        JsonNode record;
        try {
            record = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ExperimentException(file + " is damaged (" + e.getMessage().replace('\n', ' ') + ")", e);
        }
        if (!record.path("spec").isObject()) {
            throw new ExperimentException(file + " records no experiment spec (a shard of an older version of dyna?); "
                    + "run the shards again with this version");
        }
        Shard shard;
        try {
            shard = Shard.parse(record.path("shard").asText(""));
        } catch (IllegalArgumentException e) {
            throw new ExperimentException(file + ": its shard is not K/N", e);
        }
        return new ShardRecord(shard, SpecJson.read(record.path("spec").toString(), file.toString(), kinds));
    }
}
