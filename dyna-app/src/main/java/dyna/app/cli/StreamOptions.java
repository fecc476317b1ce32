package dyna.app.cli;

import dyna.experiment.stream.StreamFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The records a job writes as its runs finish, for the tools researchers watch runs in. */
final class StreamOptions {

    @Option(names = "--tensorboard",
            description = "Also write TensorBoard event files into OUT/tensorboard as runs finish: a TensorBoard run "
                    + "per sweep point and run, every series as scalars, the swept values as HParams "
                    + "('tensorboard --logdir OUT/tensorboard').")
    boolean tensorboard;

    @Option(names = "--json-lines",
            description = "Also write OUT/runs.jsonl as runs finish: a JSON object per run (point, seed, every series, "
                    + "counters, cost), for Weights & Biases, MLflow or your own scripts.")
    boolean jsonLines;

    /** The formats asked for, in a fixed order. */
    List<StreamFormat> formats() {
        List<StreamFormat> formats = new ArrayList<>();
        if (tensorboard) {
            formats.add(StreamFormat.TENSORBOARD);
        }
        if (jsonLines) {
            formats.add(StreamFormat.JSON_LINES);
        }
        return formats;
    }
}
