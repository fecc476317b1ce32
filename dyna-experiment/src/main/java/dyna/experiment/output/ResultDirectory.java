package dyna.experiment.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.experiment.ExperimentException;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.ResultTable;
import dyna.experiment.RunJournal;
import dyna.experiment.RunResult;
import dyna.experiment.WrittenResults;
import dyna.experiment.reader.SpecJson;
import dyna.core.registry.KindTable;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A result directory written as one unit, under a lock. Opening it takes an exclusive lock
 * ({@code .dyna.lock}, naming the holder's pid), refuses a directory that holds another
 * experiment (unless asked to overwrite it) and a {@code --resume} of another experiment (saying
 * what differs), and opens the journal of finished runs. {@link #commit} writes every result
 * file into a staging folder inside the directory and moves them into place only once all are
 * written; a run that fails part-way leaves the previous result set as it was. A staging folder
 * left by a crash is finished (if it was complete) or removed the next time.
 */
public final class ResultDirectory implements Closeable {

    /** The name of the file that records the experiment a directory holds. */
    public static final String EXPERIMENT_FILE = "experiment.json";
    /** The experiment of the job that opened the directory last (running or not), in {@code runs/}: what {@code dyna watch} shows. */
    public static final String JOB_FILE = "job.json";
    /** The name of the result file that holds the experiment as data ({@link SpecJson}), to run again. */
    public static final String SPEC_FILE = "spec.json";
    /** The result file that records each run's wall and CPU seconds and host (a record, not a result). */
    public static final String RUNS_FILE = "runs.csv";
    private static final String LOCK = ".dyna.lock";
    private static final String MANIFEST = ".dyna-results";
    private static final String STAGING = ".dyna-staging-";
    private static final String COMPLETE = ".complete";
    /** The descriptor of an experiment that replaces another, staged to move into place with its results. */
    private static final String STAGED_EXPERIMENT = ".experiment.json";
    /** The previous set's files, recorded before any file of the new set moves, so that a finished commit removes them. */
    private static final String PREVIOUS = ".previous";

    private final Path out;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final RunJournal journal;
    private final boolean overwrite;
    private final boolean replacing;
    private final Object committing = new Object();

    private ResultDirectory(Path out, FileChannel lockChannel, FileLock lock, RunJournal journal, boolean overwrite,
            boolean replacing) {
        this.out = out;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.journal = journal;
        this.overwrite = overwrite;
        this.replacing = replacing;
    }

    /**
     * Opens a result directory for an experiment, creating it if needed.
     *
     * @param resume    keep and reuse the runs finished there by the same experiment
     * @param overwrite replace the results of another experiment
     * @throws ExperimentException if the directory is locked by another run, cannot be written,
     *                             holds another experiment, or (resuming) was made by one
     */
    public static ResultDirectory open(Path out, ExperimentPlan plan, boolean resume, boolean overwrite) {
        try {
            Files.createDirectories(out);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new ExperimentException("cannot write to output directory " + out + ": it is a file, not a directory", e);
        } catch (IOException | SecurityException e) {
            throw new ExperimentException("cannot write to output directory " + out + " (" + e + ")", e);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(out.resolve(LOCK), Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | SecurityException e) {
            throw new ExperimentException("cannot write to output directory " + out + " (" + e + ")", e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new ExperimentException("output directory " + out + " is in use by another dyna run ("
                        + holder(channel) + "); wait for it to finish or choose another --out");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            recoverStaging(out);
            boolean replacing = checkExperiment(out, plan, resume, overwrite);
            Path runs = out.resolve("runs");
            RunJournal journal = RunJournal.open(runs, plan.spec().stop(), resume);
            if (!replacing) {
                // An experiment replacing another keeps the other's identity until its own results replace them.
                writeJson(runs.resolve(EXPERIMENT_FILE), descriptor(plan));
            }
            writeJson(runs.resolve(JOB_FILE), Map.of("spec", SpecJson.tree(plan.spec())));
            return new ResultDirectory(out, channel, lock, journal, overwrite, replacing);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel
            }
            if (e instanceof ExperimentException experiment) {
                throw experiment;
            }
            throw new ExperimentException("cannot write to output directory " + out + " (" + e.getMessage() + ")", e);
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "pid unknown" : text;
        } catch (IOException e) {
            return "pid unknown";
        }
    }

    /** What identifies the experiment a directory holds: what resuming needs equal, and the whole experiment. */
    static Map<String, Object> descriptor(ExperimentPlan plan) {
        ExperimentSpec spec = plan.spec();
        Map<String, Object> resumable = new LinkedHashMap<>();
        resumable.put("format", RunJournal.FORMAT);
        resumable.put("dyna", ConfigurationReport.dynaVersion());   // another version may compute runs otherwise
        resumable.put("environment", spec.environment());
        resumable.put("stop", spec.stop().identity());
        resumable.put("seed", spec.seed());
        resumable.put("plugins", plan.plugins());   // another build of a plugin may compute runs otherwise
        Map<String, Object> whole = new LinkedHashMap<>(resumable);
        whole.put("sweep", spec.dimensions());
        whole.put("runs", spec.runs());
        whole.put("metrics", spec.metrics());
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("resumable", resumable);
        descriptor.put("experiment", whole);
        descriptor.put("spec", SpecJson.tree(spec));   // what 'dyna run --resume --out DIR' runs again
        return descriptor;
    }

    /**
     * The experiment whose runs a result directory holds, as recorded when it was opened: what
     * {@code dyna run --resume --out DIR} resumes when no experiment is given.
     *
     * @param kinds the kinds of component loaded here
     * @throws ExperimentException in one line when the directory holds no dyna runs, or a record
     *                             that is damaged or of another version
     */
    public static ExperimentSpec recordedSpec(Path out, KindTable kinds) {
        Path recorded = out.resolve("runs").resolve(EXPERIMENT_FILE);
        if (!Files.isRegularFile(recorded, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExperimentException(out + " holds no runs of a dyna experiment to resume (no runs/"
                    + EXPERIMENT_FILE + "); give the experiment (a file, or --env and the options) as well");
        }
        return specIn(recorded, kinds);
    }

    /**
     * The experiment of the job that opened a result directory last, running or done (one that
     * replaces another experiment is recorded here from its start, and in {@code experiment.json}
     * only once its results are in place); that of {@code experiment.json} for a directory
     * written before jobs were recorded.
     *
     * @throws ExperimentException in one line when the directory holds no dyna runs, or a record
     *                             that is damaged or of another version
     */
    public static ExperimentSpec jobSpec(Path out, KindTable kinds) {
        Path job = out.resolve("runs").resolve(JOB_FILE);
        if (!Files.isRegularFile(job, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(out.resolve("runs").resolve(EXPERIMENT_FILE), LinkOption.NOFOLLOW_LINKS)) {
                throw new ExperimentException(out + " holds no runs of a dyna experiment (no runs/" + JOB_FILE
                        + "); give the --out directory of a dyna run");
            }
            return recordedSpec(out, kinds);
        }
        return specIn(job, kinds);
    }

    private static ExperimentSpec specIn(Path recorded, KindTable kinds) {
        JsonNode spec;
        try {
            spec = new ObjectMapper().readTree(Files.readString(recorded, StandardCharsets.UTF_8)).path("spec");
        } catch (IOException | RuntimeException e) {
            throw new ExperimentException(recorded + " is damaged (" + e.getMessage() + ")", e);
        }
        if (!spec.isObject()) {
            throw new ExperimentException(recorded + " records no experiment spec (written by an older version of "
                    + "dyna); give the experiment as well");
        }
        return SpecJson.read(spec.toString(), recorded.toString(), kinds);
    }

    /**
     * Refuses a directory that holds another experiment (unless overwriting) or, resuming, one that
     * cannot be resumed by this one.
     *
     * @return whether this experiment is to replace the results of another ({@code --overwrite})
     */
    private static boolean checkExperiment(Path out, ExperimentPlan plan, boolean resume, boolean overwrite)
            throws IOException {
        Path runs = out.resolve("runs");
        if (Files.isSymbolicLink(runs)) {
            throw new ExperimentException(runs + " is a symbolic link; a result directory's runs/ must be a directory");
        }
        Path recorded = runs.resolve(EXPERIMENT_FILE);
        boolean holdsResults = Files.exists(out.resolve("config.json"), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(runs, LinkOption.NOFOLLOW_LINKS);
        if (!holdsResults) {
            return false;
        }
        if (overwrite) {
            return !sameExperiment(recorded, plan);
        }
        if (!Files.isRegularFile(recorded, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExperimentException(out + " holds results of an older version of dyna or of unknown origin; "
                    + "give --overwrite to replace them, or choose another --out");
        }
        JsonNode before;
        try {
            before = new ObjectMapper().readTree(Files.readString(recorded, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ExperimentException(recorded + " is damaged (" + e.getMessage() + "); give --overwrite to replace "
                    + "the results in " + out + ", or choose another --out", e);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode now = json.readTree(json.writeValueAsString(descriptor(plan)));
        String part = resume ? "resumable" : "experiment";
        List<String> differences = differences(before.path(part), now.path(part));
        if (differences.isEmpty()) {
            return false;
        }
        String what = String.join("; ", differences);
        if (resume) {
            throw new ExperimentException("--resume: " + out + " holds another experiment (" + what + "); resume it "
                    + "with its own settings, or give --overwrite to replace it");
        }
        throw new ExperimentException(out + " holds the results of another experiment (" + what + "); give "
                + "--overwrite to replace them, --resume to add to them (same environment, stop and seed), or "
                + "choose another --out");
    }

    /** Whether the directory's recorded experiment is this one (a damaged or missing record is not). */
    private static boolean sameExperiment(Path recorded, ExperimentPlan plan) {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode before = json.readTree(Files.readString(recorded, StandardCharsets.UTF_8));
            JsonNode now = json.readTree(json.writeValueAsString(descriptor(plan)));
            return differences(before.path("experiment"), now.path("experiment")).isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<String> differences(JsonNode before, JsonNode now) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new java.util.LinkedHashSet<>();
        now.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode a = before.path(name);
            JsonNode b = now.path(name);
            if (!a.equals(b)) {
                differences.add(name + " was " + text(a) + ", now " + text(b));
            }
        }
        return differences;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() ? "(none)" : node.isTextual() ? node.asText() : node.toString();
    }

    /**
     * Takes into this directory's journal the finished runs of other result directories of the
     * same experiment (the shards of a sweep run with {@code --shard}); a run that several hold
     * (a shard run twice) is taken once, and runs this journal holds already are kept. Open the
     * directory resuming, so that the runner finds the runs taken.
     *
     * @return the number of runs taken
     * @throws ExperimentException if a directory holds no dyna runs, or runs of another experiment
     */
    public int merge(ExperimentPlan plan, List<Path> sources) {
        ObjectMapper json = new ObjectMapper();
        for (Path source : sources) {
            Path recorded = source.resolve("runs").resolve(EXPERIMENT_FILE);
            if (!Files.isRegularFile(recorded, LinkOption.NOFOLLOW_LINKS)) {
                throw new ExperimentException("--merge: " + source + " holds no runs of a dyna experiment (no "
                        + source.relativize(recorded) + ")");
            }
            List<String> differences;
            try {
                JsonNode before = json.readTree(Files.readString(recorded, StandardCharsets.UTF_8));
                JsonNode now = json.readTree(json.writeValueAsString(descriptor(plan)));
                differences = differences(before.path("experiment"), now.path("experiment"));
            } catch (IOException | RuntimeException e) {
                throw new ExperimentException("--merge: " + recorded + " is damaged (" + e.getMessage() + ")", e);
            }
            if (!differences.isEmpty()) {
                throw new ExperimentException("--merge: " + source + " holds runs of another experiment ("
                        + String.join("; ", differences) + "); merge only the shards of this one");
            }
        }
        int taken = 0;
        for (Path source : sources) {
            RunJournal other;
            try {
                other = RunJournal.open(source.resolve("runs"), plan.spec().stop(), true);
            } catch (IOException e) {
                throw new ExperimentException("--merge: cannot read the runs in " + source + " (" + e.getMessage() + ")", e);
            }
            for (ExperimentPoint point : plan.points()) {
                for (int run = 0; run < plan.spec().runs(); run++) {
                    if (journal.finished(point, run).isPresent()) {
                        continue;
                    }
                    java.util.Optional<RunResult> found = other.finished(point, run);
                    if (found.isPresent()) {
                        journal.record(point, run, found.get());
                        taken++;
                    }
                }
            }
        }
        return taken;
    }

    /** The journal of finished runs. */
    public RunJournal journal() {
        return journal;
    }

    /**
     * Writes the results of the plan: the stop condition's files, {@code config.json} and
     * {@code report.html}, staged and then moved into place, replacing the previous result set.
     *
     * @param command the command that made them, for the report
     * @return what the stop condition wrote
     */
    public WrittenResults commit(ExperimentPlan plan, RunResult[][] results, String command) throws IOException {
        return commit(plan, results, command, JobRecord.start());
    }

    /**
     * Writes the results of the plan, as {@link #commit(ExperimentPlan, RunResult[][], String)}
     * does, with the record of the job that made them.
     */
    public WrittenResults commit(ExperimentPlan plan, RunResult[][] results, String command, JobRecord record)
            throws IOException {
        try {
            return stageAndMove(plan, results, command, record);
        } catch (IOException e) {
            throw new IOException("cannot write the results into " + out + " (" + e.getMessage() + "); the previous "
                    + "results there are as they were and the finished runs are kept in " + out.resolve("runs"), e);
        }
    }

    private WrittenResults stageAndMove(ExperimentPlan plan, RunResult[][] results, String command, JobRecord record)
            throws IOException {
        ExperimentSpec spec = plan.spec();
        Path staging = out.resolve(STAGING + UUID.randomUUID());
        Files.createDirectory(staging);
        try {
            ResultTable table = new ResultTable(plan.sweptNames(),
                    plan.points().stream().map(ExperimentPoint::point).toList(), results);
            WrittenResults written = spec.stop().write(staging, table, plan.measures(), spec.environment(), spec.seed(),
                    spec.metrics().isEmpty() ? spec.chart() : spec.chart().drawing(plan.measures()));
            Csv.writeCosts(staging.resolve(RUNS_FILE), table);
            Map<String, Object> configuration = ConfigurationReport.of(experiment(plan, command, written.data()),
                    plan.points());
            configuration.put("record", record.asMap(plan, results));
            ConfigurationReport.write(staging.resolve("config.json"), configuration);
            AtomicFiles.write(staging.resolve(SPEC_FILE), o -> o.write(SpecJson.write(spec)
                    .getBytes(StandardCharsets.UTF_8)));
            Path chart = staging.resolve(written.chart());
            int points = plan.points().size();
            String facts = spec.environment() + " · " + points + " sweep point" + (points == 1 ? "" : "s") + " × "
                    + spec.runs() + " run" + (spec.runs() == 1 ? "" : "s") + " · stop " + spec.stop().identity()
                    + " · seed " + spec.seed() + " · Dyna " + ConfigurationReport.dynaVersion();
            Report.write(staging.resolve("report.html"), new Report.Page(
                    spec.description().isEmpty() ? spec.environment() + ": " + written.data().replace(".csv", "")
                            : spec.description(), facts, chart, written.summary(), written.summaryTable(),
                    List.of("./dyna run " + out.resolve(SPEC_FILE) + " --out DIR    # the same experiment, every option "
                            + "included: the same results, byte for byte"),
                    configuration, beside(written, chart)));
            List<String> files;
            try (Stream<Path> listed = Files.list(staging)) {
                files = listed.map(f -> f.getFileName().toString()).sorted().toList();
            }
            StringBuilder manifest = new StringBuilder();
            for (String file : files) {
                manifest.append(sha256(staging.resolve(file))).append("  ").append(file).append('\n');
            }
            Files.writeString(staging.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
            if (replacing) {
                writeJson(staging.resolve(STAGED_EXPERIMENT), descriptor(plan));
            }
            synchronized (committing) {   // an interruption waits until the set is in place and its staging gone
                Files.createFile(staging.resolve(COMPLETE));
                finish(out, staging);
                deleteTree(staging);
                if (overwrite) {
                    removeOtherRuns(plan);
                }
            }
            return written;
        } finally {
            if (!Files.exists(staging.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS) || !Files.exists(staging.resolve(
                    MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(staging);   // an incomplete set, or one moved into place; a complete one stays to finish
            }
        }
    }

    /** The files the report lists beside it, with the saved agents when there are some. */
    private List<String> beside(WrittenResults written, Path chart) {
        List<String> files = new java.util.ArrayList<>(List.of(written.data(), "summary.csv", written.chart(),
                LineChart.svgFile(chart).getFileName().toString(), "config.json", SPEC_FILE + " (the experiment as data: "
                + "dyna run it)", RUNS_FILE + " (each run's time and host)"));
        if (Files.isDirectory(out.resolve("agents"), LinkOption.NOFOLLOW_LINKS)) {
            files.add("agents/ (the saved agents: dyna inspect, dyna evaluate)");
        }
        return files;
    }

    private static Map<String, Object> experiment(ExperimentPlan plan, String command, String data) {
        ExperimentSpec spec = plan.spec();
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("command", command);
        if (spec.source() != null) {
            entries.put("file", spec.source().toString());
        }
        if (!spec.description().isEmpty()) {
            entries.put("description", spec.description());
        }
        entries.put("seed", spec.seed());
        entries.put("runs", spec.runs());
        entries.put(spec.stop().key(), spec.stop().settings());
        entries.put("stop", spec.stop().identity());
        entries.put("data", data);
        entries.put("sweep", spec.dimensions());
        entries.put("metrics", plan.measures().stream().map(m -> m.name()).toList());
        // What 'dyna run DIR/config.json' runs again; file parameters given relative stand beside this file.
        if (spec.source() != null) {
            entries.put("experiment-file", spec.source().toAbsolutePath().normalize().toString());
        }
        entries.put("experiment", spec.fileForm());
        return entries;
    }

    /**
     * Moves a complete staging folder's files into place (the descriptor of an experiment replacing
     * another first, the manifest last), then removes the previous set's other files. It can be
     * done again from any step it stopped at: what has moved is not moved again, and the previous
     * set's files are recorded in the staging folder before anything moves.
     */
    private static void finish(Path out, Path staging) throws IOException {
        Path previousList = staging.resolve(PREVIOUS);
        if (!Files.exists(previousList, LinkOption.NOFOLLOW_LINKS)) {
            AtomicFiles.write(previousList, o -> o.write((String.join("\n", manifest(out.resolve(MANIFEST))) + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        Set<String> previous = new HashSet<>(Files.readAllLines(previousList, StandardCharsets.UTF_8));
        int step = 0;
        Failpoint.commit(step++);
        move(staging.resolve(STAGED_EXPERIMENT), out.resolve("runs").resolve(EXPERIMENT_FILE));
        List<String> files = manifest(staging.resolve(MANIFEST));
        for (String name : files) {
            Failpoint.commit(step++);
            move(staging.resolve(name), out.resolve(name));
            previous.remove(name);
        }
        Failpoint.commit(step++);
        move(staging.resolve(MANIFEST), out.resolve(MANIFEST));
        Failpoint.commit(step);
        for (String name : previous) {
            if (!name.isBlank() && !name.contains("/") && !name.startsWith(".")) {
                Files.deleteIfExists(out.resolve(name));
            }
        }
    }

    /** The names of the files a manifest lists (each line {@code SHA-256  NAME}, or a name alone as before). */
    private static List<String> manifest(Path file) throws IOException {
        return entries(file).keySet().stream().toList();
    }

    /** A manifest's files by name, each with its SHA-256 (empty for a manifest of names alone). */
    private static Map<String, String> entries(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            boolean hashed = gap == 64 && line.substring(0, 64).matches("[0-9a-f]{64}");
            entries.put(hashed ? line.substring(66) : line, hashed ? line.substring(0, 64) : "");
        }
        return entries;
    }

    private static String sha256(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Why the result set in {@code directory} cannot be read as one whole set, or empty when it
     * can: a set being replaced when its writer stopped (its next run finishes it), or a file that
     * is not the one the set was written with (changed, or left from another set). For readers
     * such as {@code dyna compare}, so that none reads a mixture.
     */
    public static java.util.Optional<String> problemReading(Path directory) {
        try {
            if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> listed = Files.list(directory)) {
                    if (listed.anyMatch(f -> f.getFileName().toString().startsWith(STAGING)
                            && Files.exists(f.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS))) {
                        return java.util.Optional.of(directory + ": its result set was being replaced when the process "
                                + "writing it stopped; 'dyna run --resume --out " + directory + "' finishes it");
                    }
                }
            }
            for (Map.Entry<String, String> entry : entries(directory.resolve(MANIFEST)).entrySet()) {
                Path file = directory.resolve(entry.getKey());
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return java.util.Optional.of(file + ": missing from its result set (or not a regular file); write "
                            + "the set again with dyna run");
                }
                if (!entry.getValue().isEmpty() && !entry.getValue().equals(sha256(file))) {
                    return java.util.Optional.of(file + ": not the file its result set was written with (changed, or "
                            + "left from another set); write the set again with dyna run");
                }
            }
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of(directory + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;   // moved before a crash
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Finishes a complete staging folder left by a crash, and removes incomplete ones and stray temporary files. */
    private static void recoverStaging(Path out) throws IOException {
        List<Path> staged;
        try (Stream<Path> listed = Files.list(out)) {
            staged = listed.filter(f -> f.getFileName().toString().startsWith(STAGING)).toList();
        }
        for (Path staging : staged) {
            if (!Files.isSymbolicLink(staging) && Files.isRegularFile(staging.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS)) {
                finish(out, staging);
            }
            deleteTree(staging);
        }
        removeTemporaryFiles(out);
    }

    /** Removes the temporary files of interrupted writes in the directory and its {@code runs/}. */
    public static void removeTemporaryFiles(Path out) throws IOException {
        for (Path directory : List.of(out, out.resolve("runs"))) {
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> listed = Files.list(directory)) {
                for (Path file : listed.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") && name.endsWith(".tmp")) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /** Removes the run files of other experiments, after an overwrite. */
    private void removeOtherRuns(ExperimentPlan plan) throws IOException {
        Set<String> current = new HashSet<>();
        for (ExperimentPoint point : plan.points()) {
            for (int r = 0; r < plan.spec().runs(); r++) {
                current.add(journal.fileName(point, r));
            }
        }
        try (Stream<Path> listed = Files.list(out.resolve("runs"))) {
            for (Path file : listed.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".run") && !current.contains(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Deletes a folder and what it holds, following no link. */
    /**
     * Removes the agents an earlier run saved here ({@code agents/}), so that none is left beside
     * results it does not belong to; for a run that neither resumes nor merges.
     */
    public void removeSavedAgents() throws IOException {
        deleteTree(out.resolve("agents"));
    }

    /**
     * Removes the streams an earlier job wrote ({@code tensorboard/}, {@code runs.jsonl}), so that
     * a new job's, or none, never mixes with an old one's.
     */
    public void removeStreams() throws IOException {
        for (String name : dyna.experiment.stream.StreamFormat.files()) {
            deleteTree(out.resolve(name));
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> listed = Files.list(folder)) {
                for (Path child : listed.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(folder);
    }

    /**
     * Cleans up after an interruption: closes the journal (runs being written are finished, no
     * other is started), waits for a result set being moved into place, then removes incomplete
     * staging folders and temporary files; finished runs stay, and a complete staging folder left
     * by a crash stays for the next run to finish.
     */
    public void abandon() {
        journal.close();
        try {
            synchronized (committing) {   // a set being moved into place is finished first
                try (Stream<Path> listed = Files.list(out)) {
                    for (Path staging : listed.filter(f -> f.getFileName().toString().startsWith(STAGING)).toList()) {
                        if (!Files.exists(staging.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS)) {
                            deleteTree(staging);
                        }
                    }
                }
            }
            removeTemporaryFiles(out);
        } catch (IOException | RuntimeException ignored) {
            // best effort while the process ends; the next run cleans up too
        }
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }

    private static void writeJson(Path file, Object value) throws IOException {
        byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(value);
        AtomicFiles.write(file, o -> o.write(bytes));
    }
}
