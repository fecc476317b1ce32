package dyna.experiment;

import dyna.core.agent.AgentCounters;
import dyna.core.seed.Seeds;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * Every finished run, kept in {@code runs/} so that a crashed sweep resumes without redoing or
 * losing work: each run is written whole to {@code runs/<identity>-<run>.run} (a temporary file
 * with an unpredictable name, forced to disk, then renamed) and then a line is appended to
 * {@code runs/journal.log}. A run's identity derives from its point's whole configuration and
 * seed, the stop condition and the file format, so runs stay valid when values are added to a
 * sweep and never match another protocol. Each file carries the identity of the run it was made
 * for (its name), so that a file of another run or experiment put under a run's name is refused,
 * and ends with a CRC-32 of its content: a changed, truncated or misplaced file is reported and
 * its run done again, never used. No link is followed.
 */
public final class RunJournal {

    /**
     * The version of the run protocol: part of every run's identity, so that runs computed another
     * way never match. A new file layout that computes runs the same way keeps it.
     */
    public static final int FORMAT = 4;
    /** The layout of run files: 5 adds the run's cost after its counters; 4 (without) is still read. */
    static final int LAYOUT = 5;
    private static final int MAGIC = 0x44594e41;   // "DYNA"
    /** What a journal line holds: a run file's name. */
    private static final Pattern RUN_FILE = Pattern.compile("[0-9a-f]{1,16}-[0-9]{1,10}\\.run");
    /** Longer journal lines name no run file. */
    private static final int MAX_LINE = 64;

    private final Path directory;
    private final Path log;
    private final String stopIdentity;
    private final List<String> damaged = Collections.synchronizedList(new ArrayList<>());
    private final ReentrantReadWriteLock writing = new ReentrantReadWriteLock();
    private boolean closed;
    private final Set<String> logged = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<String> recorded = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final boolean resume;

    private RunJournal(Path directory, String stopIdentity, boolean resume) {
        this.directory = directory;
        this.log = directory.resolve("journal.log");
        this.stopIdentity = stopIdentity;
        this.resume = resume;
    }

    /**
     * The journal in {@code directory}, created if needed.
     *
     * @param stop   the experiment's stop condition
     * @param resume reuse the runs finished before; otherwise every run is done again (their
     *               files are kept, and replaced one by one, until the new results are in place)
     * @throws IOException if {@code directory} is a link or cannot be created
     */
    public static RunJournal open(Path directory, StopCondition stop, boolean resume) throws IOException {
        if (Files.isSymbolicLink(directory)) {
            throw new IOException(directory + " is a symbolic link; a result directory's runs/ must be a directory");
        }
        Files.createDirectories(directory);
        RunJournal journal = new RunJournal(directory, stop.identity(), resume);
        if (Files.exists(journal.log, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(journal.log, LinkOption.NOFOLLOW_LINKS)) {
            // A link, FIFO or device in its place is not followed, written or waited on.
            try {
                Files.delete(journal.log);
            } catch (IOException e) {
                throw new IOException(journal.log + " is not a regular file and cannot be removed (" + e.getMessage()
                        + "); remove it: the journal is only an index of the run files", e);
            }
        }
        if (!resume) {
            Files.deleteIfExists(journal.log);
        } else if (Files.exists(journal.log, LinkOption.NOFOLLOW_LINKS)) {
            journal.readLog();
        }
        return journal;
    }

    /**
     * Reads the names the journal lists. The journal is only an index of the run files (each of
     * which is checked whole when it is used), so a damaged one never stops a resume: lines that
     * name no run file (garbage, a line cut short, bytes that are not UTF-8) are dropped, and the
     * journal is rewritten with the others.
     */
    private void readLog() throws IOException {
        List<String> names = new ArrayList<>();
        boolean clean = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(log, LinkOption.NOFOLLOW_LINKS))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b != '\n') {
                    tooLong |= line.size() >= MAX_LINE;
                    if (!tooLong) {
                        line.write(b);
                    }
                    continue;
                }
                String name = line.toString(StandardCharsets.UTF_8);
                if (!tooLong && RUN_FILE.matcher(name).matches()) {
                    names.add(name);
                } else {
                    clean = false;
                }
                line.reset();
                tooLong = false;
            }
            clean &= line.size() == 0 && !tooLong;
        }
        logged.addAll(names);
        if (!clean) {
            Path temporary = directory.resolve(".journal.log." + UUID.randomUUID() + ".tmp");
            try {
                Files.write(temporary, names.stream().map(n -> n + "\n").collect(Collectors.joining())
                        .getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(temporary, log, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The file name of run {@code run} of a point. */
    public String fileName(ExperimentPoint point, int run) {
        return fileName(point, run, stopIdentity);
    }

    /**
     * The file name of run {@code run} of a point under {@code stop}: the run's identity, from the
     * point's seed (its whole configuration and the master seed), the stop condition, the file
     * format and the builds of the plugins it uses.
     */
    public static String fileName(ExperimentPoint point, int run, StopCondition stop) {
        return fileName(point, run, stop.identity());
    }

    private static String fileName(ExperimentPoint point, int run, String stopIdentity) {
        String plugins = point.plugins().isEmpty() ? "" : ";plugins=" + point.plugins();
        long identity = Seeds.derive(point.seed(), "format=" + FORMAT + ";" + stopIdentity + plugins);
        return Long.toHexString(identity) + "-" + run + ".run";
    }

    /**
     * The run if it was finished before and the journal resumes, read whole and checked; empty
     * if not (a damaged file is noted).
     */
    public Optional<RunResult> finished(ExperimentPoint point, int run) {
        if (!resume) {
            return Optional.empty();
        }
        Path file = directory.resolve(fileName(point, run));
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("not a regular file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readAllBytes();
            }
            RunResult result = decode(bytes, file.getFileName().toString());
            if (!logged.contains(file.getFileName().toString())) {
                // Written whole just before a crash that came before its journal line: log it now.
                appendLine(file.getFileName().toString());
            }
            return Optional.of(result);
        } catch (IOException | RuntimeException e) {
            damaged.add(file.getFileName() + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ")");
            return Optional.empty();
        }
    }

    /**
     * The runs the journal in {@code directory} lists as finished, by file name, read without
     * writing anything: for watching a job another process runs. A run file is written whole
     * before its line, so every listed file is complete; one that cannot be read or checked
     * (removed, damaged) is left out, as are those in {@code known}, which the caller read before.
     */
    public static Map<String, RunResult> peek(Path directory, java.util.Set<String> known) throws IOException {
        Path log = directory.resolve("journal.log");
        Map<String, RunResult> runs = new java.util.LinkedHashMap<>();
        if (!Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) {
            return runs;
        }
        for (String name : new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n")) {
            if (!RUN_FILE.matcher(name).matches() || known.contains(name) || runs.containsKey(name)) {
                continue;
            }
            Path file = directory.resolve(name);
            try {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    runs.put(name, decode(Files.readAllBytes(file), name));
                }
            } catch (IOException | RuntimeException unreadable) {
                // being replaced, or damaged: the job itself will say so
            }
        }
        return runs;
    }

    /** The run files found damaged so far, each with why; their runs are done again. */
    public List<String> damaged() {
        return List.copyOf(damaged);
    }

    /**
     * Records a finished run: its file first, atomically, then its journal line. A run this
     * journal has recorded already (one that arrives twice, from two shards or a re-executed
     * task) is kept as it was and not journaled again: a run is a pure function of its identity,
     * so both are the same. (A run found damaged on disk is recorded anew: it was not recorded
     * by this journal.)
     *
     * @throws IllegalStateException once the journal is closed
     */
    public void record(ExperimentPoint point, int run, RunResult result) {
        writing.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the journal in " + directory + " is closed");
            }
            if (!recorded.add(fileName(point, run))) {
                return;
            }
            write(point, run, result);
        } finally {
            writing.readLock().unlock();
        }
    }

    /**
     * Closes the journal, as when the process is interrupted: waits for the runs being recorded
     * to be written whole, and records no other.
     */
    public void close() {
        writing.writeLock().lock();
        try {
            closed = true;
        } finally {
            writing.writeLock().unlock();
        }
    }

    private void write(ExperimentPoint point, int run, RunResult result) {
        Path target = directory.resolve(fileName(point, run));
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS))) {
                channel.write(ByteBuffer.wrap(encode(result, target.getFileName().toString())));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            appendLine(target.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a finished run in " + directory + " (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the run is recorded or reported already; a stray temporary file is removed by the next run
            }
        }
    }

    private synchronized void appendLine(String name) throws IOException {
        try (FileChannel channel = FileChannel.open(log, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND, StandardOpenOption.SYNC, LinkOption.NOFOLLOW_LINKS))) {
            channel.write(ByteBuffer.wrap((name + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        logged.add(name);
    }

    /**
     * A run's bytes: magic, layout, the identity of the run it was made for (its name, as {@link
     * #fileName} gives it), series by name, counters, cost (wall and CPU seconds, host), then a
     * CRC-32 of all before it. The same bytes carry a run between cluster members.
     */
    public static byte[] encode(RunResult result, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(LAYOUT);
            out.writeUTF(name);
            out.writeInt(result.series().size());
            for (Map.Entry<String, double[]> series : result.series().entrySet()) {
                out.writeUTF(series.getKey());
                out.writeInt(series.getValue().length);
                for (double v : series.getValue()) {
                    out.writeDouble(v);
                }
            }
            AgentCounters c = result.counters();
            out.writeLong(c.episodes());
            out.writeLong(c.realSteps());
            out.writeLong(c.planningUpdates());
            out.writeLong(c.modelQueries());
            RunCost cost = result.cost();
            out.writeDouble(cost.wallSeconds());
            out.writeDouble(cost.cpuSeconds());
            out.writeUTF(cost.host());
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the bytes of the run named {@code name}, refusing a wrong magic, format or checksum,
     * and bytes made for another run.
     */
    public static RunResult decode(byte[] bytes, String name) throws IOException {
        Entry entry = decode(bytes);
        if (!entry.name().equals(name)) {
            throw new IOException("made for run " + entry.name() + ", not this one");
        }
        return entry.result();
    }

    /**
     * A run as its bytes hold it.
     *
     * @param name   the identity of the run it was made for
     * @param result what the run gave
     */
    public record Entry(String name, RunResult result) {
    }

    /** Reads a run's bytes, whatever run they were made for, refusing a wrong magic, format or checksum. */
    public static Entry decode(byte[] bytes) throws IOException {
        if (bytes.length < 16) {
            throw new IOException("truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()) {
            throw new IOException("checksum does not match: changed or truncated");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
            int layout = in.readInt() == MAGIC ? in.readInt() : -1;
            if (layout != LAYOUT && layout != 4) {
                throw new IOException("not a run file of layout 4 or " + LAYOUT);
            }
            String run = in.readUTF();
            int count = in.readInt();
            Map<String, double[]> series = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > bytes.length / 8) {
                    throw new IOException("bad series length " + length);
                }
                double[] values = new double[length];
                for (int k = 0; k < length; k++) {
                    values[k] = in.readDouble();
                }
                series.put(name, values);
            }
            AgentCounters counters = new AgentCounters(in.readLong(), in.readLong(), in.readLong(), in.readLong());
            RunCost cost = layout == 4 ? RunCost.UNKNOWN : new RunCost(in.readDouble(), in.readDouble(), in.readUTF());
            return new Entry(run, new RunResult(series, counters, cost));
        }
    }
}
