package dyna.experiment.stream;

import dyna.experiment.ExperimentPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A record a job can write as its runs finish, named as the command line names it. */
public enum StreamFormat {

    /** TensorBoard's event files, in {@code tensorboard/} ({@link TensorBoardStream}). */
    TENSORBOARD {
        @Override
        public RunStream open(Path out, ExperimentPlan plan, boolean resume) throws IOException {
            return new TensorBoardStream(out.resolve(TensorBoardStream.DIRECTORY), plan);
        }
    },

    /** A JSON line per run, {@code runs.jsonl} ({@link JsonLinesStream}). */
    JSON_LINES {
        @Override
        public RunStream open(Path out, ExperimentPlan plan, boolean resume) throws IOException {
            return new JsonLinesStream(out.resolve(JsonLinesStream.FILE), plan);
        }
    };

    /**
     * Opens this record in result directory {@code out}, where a job that does not resume has
     * removed what an earlier job left ({@link #files()}).
     *
     * @param resume whether the job resumes (the runs found finished are then told again)
     */
    public abstract RunStream open(Path out, ExperimentPlan plan, boolean resume) throws IOException;

    /** The names in a result directory of what every format writes. */
    public static java.util.List<String> files() {
        return java.util.List.of(TensorBoardStream.DIRECTORY, JsonLinesStream.FILE);
    }

    /** The name on the command line: {@code tensorboard}, {@code json-lines}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every format's name, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(StreamFormat::id).collect(Collectors.joining(", "));
    }
}
