package dyna.experiment.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ExperimentJob;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.LocalPool;
import dyna.experiment.Shard;
import dyna.experiment.reader.ExperimentFile;
import dyna.experiment.stream.proto.Event;
import dyna.experiment.stream.proto.HParamType;
import dyna.experiment.stream.proto.HParamsPluginData;
import dyna.experiment.stream.proto.SessionStatus;
import dyna.experiment.stream.proto.Summary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TensorBoard's event files as a job writes them: every record's length and CRC read back, a
 * TensorBoard run per point and run whose scalars are the run's episodes as episodes.csv gives
 * them, the HParams plugin's sessions and experiment, and the files' life across jobs.
 */
class TensorBoardStreamTest {

    private static final List<StreamFormat> TENSORBOARD = List.of(StreamFormat.TENSORBOARD);

    @TempDir
    Path dir;

    /** The masked CRC-32C of TensorBoard's own writer (tensorboard 2.21, masked_crc32c) for the same bytes. */
    @Test
    void theMaskedCrcIsTensorBoards() {
        assertEquals((int) 2726488792L, EventFile.maskedCrc(new byte[0]));
        assertEquals(2080768494, EventFile.maskedCrc("brain.Event:2".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(575373219, EventFile.maskedCrc(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(24)
                .array()));
    }

    @Test
    void eachRunIsATensorBoardRunWithItsEpisodesAndItsPointsHyperParameters() throws Exception {
        Path out = run(plan("""
                environment: dyna-maze
                parameters: {planning-steps: [0, 5], alpha: 0.1}
                model: tabular-deterministic
                runs: 2
                stop: {episodes: 4}
                """), false, TENSORBOARD);
        Path events = out.resolve("tensorboard");
        List<String> runs = eventFiles(events).stream().map(f -> events.relativize(f.getParent()).toString())
                .filter(r -> !r.isEmpty()).sorted().toList();
        assertEquals(List.of("planning-steps=0/run-1", "planning-steps=0/run-2", "planning-steps=5/run-1",
                "planning-steps=5/run-2"), runs, "a run per point and run index, one file each");

        Map<String, Map<Long, Float>> csv = stepsByRun(out.resolve("episodes.csv"));
        for (String run : runs) {
            List<Event> read = EventFileReader.read(only(eventFiles(events.resolve(run))));
            assertEquals(EventFile.FILE_VERSION, read.get(0).getFileVersion(), "the first record names the format");
            Map<Long, Float> steps = new HashMap<>();
            List<String> totals = new ArrayList<>();
            HParamsPluginData start = null;
            HParamsPluginData end = null;
            for (Event event : read.subList(1, read.size())) {
                for (Summary.Value value : event.getSummary().getValueList()) {
                    if (value.hasMetadata()) {
                        assertEquals("hparams", value.getMetadata().getPluginData().getPluginName());
                        HParamsPluginData data = HParamsPluginData.parseFrom(value.getMetadata().getPluginData()
                                .getContent());
                        if (value.getTag().equals("_hparams_/session_start_info")) {
                            start = data;
                        } else {
                            assertEquals("_hparams_/session_end_info", value.getTag());
                            end = data;
                        }
                    } else if (value.getTag().equals("steps")) {
                        steps.put(event.getStep(), value.getSimpleValue());
                    } else if (value.getTag().startsWith("run/")) {
                        totals.add(value.getTag());
                    }
                }
            }
            assertEquals(csv.get(run), steps, run + ": the steps of each episode, at the episode as step");
            assertTrue(totals.containsAll(List.of("run/episodes", "run/real_steps", "run/planning_updates",
                    "run/wall_seconds", "run/cpu_seconds")), totals.toString());
            String point = run.substring(0, run.indexOf('/'));
            assertEquals(point, start.getSessionStartInfo().getGroupName(), "the runs of a point are one group");
            assertEquals(Double.parseDouble(point.substring(point.indexOf('=') + 1)),
                    start.getSessionStartInfo().getHparamsOrThrow("planning-steps").getNumberValue());
            assertEquals("tabular-deterministic", start.getSessionStartInfo().getHparamsOrThrow("model").getStringValue());
            assertEquals(SessionStatus.STATUS_SUCCESS, end.getSessionEndInfo().getStatus());
        }

        List<Event> top = EventFileReader.read(only(eventFiles(events).stream()
                .filter(f -> f.getParent().equals(events)).toList()));
        HParamsPluginData experiment = HParamsPluginData.parseFrom(top.get(1).getSummary().getValue(0).getMetadata()
                .getPluginData().getContent());
        var swept = experiment.getExperiment().getHparamInfosList().stream()
                .filter(h -> h.getName().equals("planning-steps")).findFirst().orElseThrow();
        assertEquals(HParamType.DATA_TYPE_FLOAT64, swept.getType());
        assertEquals(2, swept.getDomainDiscrete().getValuesCount(), "the values the sweep takes");
        assertTrue(experiment.getExperiment().getMetricInfosList().stream()
                .anyMatch(m -> m.getName().getTag().equals("steps")), "the charted measure is a metric");
    }

    /**
     * A run until solved (MBPO's protocol) is a learning curve too: its episodes' returns and steps
     * at each episode, as many as solved.csv counts, beside its real steps until solved.
     */
    @Test
    void aRunUntilSolvedIsALearningCurvePerEpisode() throws Exception {
        Path out = run(plan("""
                environment: dyna-maze
                runs: 2
                stop: {until-solved: {return: 0.05, window: 3}}
                """), false, TENSORBOARD);
        List<String> solved = Files.readAllLines(out.resolve("solved.csv"));
        assertEquals("run,solved,real_steps,episodes,updates", solved.get(0));
        for (int run = 1; run <= 2; run++) {
            String[] row = solved.get(run).split(",");
            List<Event> read = EventFileReader.read(only(eventFiles(out.resolve("tensorboard/all/run-" + run))));
            List<Long> returnsAt = new ArrayList<>();
            double realSteps = Double.NaN;
            for (Event event : read) {
                for (Summary.Value value : event.getSummary().getValueList()) {
                    if (value.getTag().equals("return")) {
                        returnsAt.add(event.getStep());
                    } else if (value.getTag().equals("run/real_steps")) {
                        realSteps = value.getSimpleValue();
                    }
                }
            }
            int episodes = Integer.parseInt(row[3]);
            assertEquals(java.util.stream.LongStream.rangeClosed(1, episodes).boxed().toList(), returnsAt,
                    "a return at every episode of run " + run);
            assertEquals(Double.parseDouble(row[2]), realSteps, "and the real steps it took");
        }
    }

    @Test
    void aDamagedRecordIsRefusedByItsCrc() throws Exception {
        Path out = run(plan("""
                environment: dyna-maze
                runs: 1
                stop: {episodes: 2}
                """), false, TENSORBOARD);
        Path file = only(eventFiles(out.resolve("tensorboard/all/run-1")));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] ^= 1;   // inside the last record's data
        Files.write(file, bytes);
        IOException refused = assertThrows(IOException.class, () -> EventFileReader.read(file));
        assertTrue(refused.getMessage().contains("CRC"), refused.getMessage());
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertThrows(IOException.class, () -> EventFileReader.read(file), "a file cut inside a record");
    }

    /**
     * A job that resumes keeps the runs written before and writes the missing ones; a new job
     * into the same directory, with or without the option, never leaves an old job's files.
     */
    @Test
    void resumingWritesOnlyWhatIsMissingAndANewJobStartsAfresh() throws Exception {
        ExperimentPlan plan = plan("""
                environment: dyna-maze
                parameters: {planning-steps: [0, 5]}
                runs: 2
                stop: {episodes: 2}
                """);
        Path out = run(plan, false, TENSORBOARD);
        Path kept = only(eventFiles(out.resolve("tensorboard/planning-steps=0/run-1")));
        byte[] keptBytes = Files.readAllBytes(kept);
        Path lost = out.resolve("tensorboard/planning-steps=5/run-2");
        Files.delete(only(eventFiles(lost)));
        Files.writeString(lost.resolve(".dyna-writing"), "left by a crash");

        run(plan, true, TENSORBOARD);
        assertTrue(Files.exists(kept), "a run written before stays as it was");
        assertEquals(java.util.Arrays.toString(keptBytes), java.util.Arrays.toString(Files.readAllBytes(kept)));
        EventFileReader.read(only(eventFiles(lost)));
        assertFalse(Files.exists(lost.resolve(".dyna-writing")), "what a crash left is gone");
        assertEquals(5, eventFiles(out.resolve("tensorboard")).size(), "four runs and the experiment, once each");

        run(plan, false, List.of());
        assertFalse(Files.exists(out.resolve("tensorboard")), "a new job without the option leaves no old record");
    }

    /** A record that cannot be written is a warning; the runs and the results go on. */
    @Test
    void aStreamThatCannotBeWrittenIsAWarningNotAFailedJob() throws Exception {
        ExperimentPlan plan = plan("""
                environment: dyna-maze
                runs: 2
                stop: {episodes: 2}
                """);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        run(plan, false, List.of());
        Files.writeString(out.resolve("tensorboard"), "a file where the directory would go");
        List<String> warnings = new ArrayList<>();
        ExperimentJob.Outcome outcome = ExperimentJob.run(plan, new LocalPool(2), new ExperimentJob.Options(out, true,
                false, Shard.ALL, List.of(), "run", TENSORBOARD), new ExperimentJob.Listener() {
                    @Override
                    public void warning(String line) {
                        warnings.add(line);
                    }
                });
        assertTrue(outcome instanceof ExperimentJob.Committed, outcome.toString());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("warning: the tensorboard record could not be written ("), warnings.get(0));
    }

    private ExperimentPlan plan(String yaml) throws IOException {
        Path file = dir.resolve("experiment.yaml");
        Files.writeString(file, yaml);
        return ExperimentPlan.of(ExperimentFile.read(file), ProviderRegistry.discover(), List.of());
    }

    private Path run(ExperimentPlan plan, boolean resume, List<StreamFormat> streams) throws Exception {
        Path out = dir.resolve("out");
        ExperimentJob.Outcome outcome = ExperimentJob.run(plan, new LocalPool(2), new ExperimentJob.Options(out, resume,
                false, Shard.ALL, List.of(), "run", streams), new ExperimentJob.Listener() { });
        assertTrue(outcome instanceof ExperimentJob.Committed, outcome.toString());
        return out;
    }

    static List<Path> eventFiles(Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents.")).sorted().toList();
        }
    }

    private static Path only(List<Path> files) {
        assertEquals(1, files.size(), files.toString());
        return files.get(0);
    }

    /** episodes.csv's steps by TensorBoard run (POINT/run-K) and episode. */
    private static Map<String, Map<Long, Float>> stepsByRun(Path csv) throws IOException {
        List<String> rows = Files.readAllLines(csv);
        assertEquals("planning-steps,run,episode,steps,return,truncated,planning_updates", rows.get(0));
        Map<String, Map<Long, Float>> steps = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            steps.computeIfAbsent("planning-steps=" + cells[0] + "/run-" + cells[1], r -> new HashMap<>())
                    .put(Long.parseLong(cells[2]), Float.parseFloat(cells[3]));
        }
        return steps;
    }
}
