package dyna.experiment.stream;

import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The streams a job writes, told together. They are records beside the results, never results:
 * one that cannot be written is dropped with a warning saying so, and the runs, the other streams
 * and the result files go on.
 */
public final class RunStreams implements RunStream {

    private final List<Opened> streams;
    private final Consumer<String> warning;

    private record Opened(StreamFormat format, RunStream stream) {
    }

    private RunStreams(List<Opened> streams, Consumer<String> warning) {
        this.streams = new ArrayList<>(streams);
        this.warning = warning;
    }

    /**
     * Opens {@code formats} in result directory {@code out}.
     *
     * @param warning told a line for each stream that cannot be opened or written
     */
    public static RunStream open(List<StreamFormat> formats, Path out, ExperimentPlan plan, boolean resume,
            Consumer<String> warning) {
        if (formats.isEmpty()) {
            return RunStream.NONE;
        }
        List<Opened> opened = new ArrayList<>();
        for (StreamFormat format : formats) {
            try {
                opened.add(new Opened(format, format.open(out, plan, resume)));
            } catch (IOException | RuntimeException e) {
                warning.accept(failed(format, e));
            }
        }
        return new RunStreams(opened, warning);
    }

    @Override
    public synchronized void finished(ExperimentPoint point, int run, RunResult result) {
        for (Opened opened : List.copyOf(streams)) {
            try {
                opened.stream().finished(point, run, result);
            } catch (IOException | RuntimeException e) {
                streams.remove(opened);
                warning.accept(failed(opened.format(), e));
                closeQuietly(opened.stream());
            }
        }
    }

    @Override
    public synchronized void close() {
        for (Opened opened : streams) {
            try {
                opened.stream().close();
            } catch (IOException e) {
                warning.accept(failed(opened.format(), e));
            }
        }
        streams.clear();
    }

    private static String failed(StreamFormat format, Exception e) {
        return "warning: the " + format.id() + " record could not be written (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); it stops here, the runs and the result files go on";
    }

    private static void closeQuietly(RunStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // already reported as failed
        }
    }
}
