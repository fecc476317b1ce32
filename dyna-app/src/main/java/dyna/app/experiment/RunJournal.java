package dyna.app.experiment;

import dyna.core.agent.AgentCounters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every finished run, kept in the output directory so that a crashed sweep resumes without
 * redoing or losing work: each run is written whole to {@code runs/<point seed>-<run>.run}
 * (a temporary file, forced to disk, then renamed) and then a line is appended to
 * {@code runs/journal.log}. A run is named by its point's seed, which derives from its whole
 * configuration, so runs stay valid when values are added to a sweep.
 */
public final class RunJournal {

    private static final int FORMAT = 1;
    private final Path directory;
    private final Path log;

    private RunJournal(Path directory) {
        this.directory = directory;
        this.log = directory.resolve("journal.log");
    }

    /**
     * The journal of an output directory.
     *
     * @param resume keep the runs already there; otherwise they are removed first
     */
    public static RunJournal open(Path out, boolean resume) throws IOException {
        Path directory = out.resolve("runs");
        if (!resume && Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".run") || name.equals("journal.log") || name.endsWith(".tmp")) {
                        Files.delete(file);
                    }
                }
            }
        }
        Files.createDirectories(directory);
        return new RunJournal(directory);
    }

    private Path file(ExperimentPoint point, int run) {
        return directory.resolve(Long.toHexString(point.seed()) + "-" + run + ".run");
    }

    /** The run if it was finished before, read whole; empty if it was not (or its file is damaged). */
    public Optional<RunResult> finished(ExperimentPoint point, int run) {
        Path file = file(point, run);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int[] steps = new int[in.readInt()];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = in.readInt();
            }
            double[] returns = doubles(in);
            double[] rewards = doubles(in);
            boolean reached = in.readBoolean();
            double[] values = doubles(in);
            AgentCounters counters = new AgentCounters(in.readLong(), in.readLong(), in.readLong(), in.readLong());
            return Optional.of(new RunResult(steps, returns, rewards, reached, values, counters));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records a finished run: its file first, atomically, then its journal line. */
    public void record(ExperimentPoint point, int run, RunResult result) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(FORMAT);
                out.writeInt(result.episodeSteps().length);
                for (int s : result.episodeSteps()) {
                    out.writeInt(s);
                }
                write(out, result.episodeReturns());
                write(out, result.stepRewards());
                out.writeBoolean(result.reached());
                write(out, result.startValues());
                AgentCounters c = result.counters();
                out.writeLong(c.episodes());
                out.writeLong(c.realSteps());
                out.writeLong(c.planningUpdates());
                out.writeLong(c.modelQueries());
            }
            Path target = file(point, run);
            Path temporary = directory.resolve(target.getFileName() + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            synchronized (this) {
                Files.writeString(log, target.getFileName() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a finished run in " + directory, e);
        }
    }

    private static void write(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static double[] doubles(DataInputStream in) throws IOException {
        double[] values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}
