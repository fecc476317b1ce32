package dyna.experiment.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.ComponentKind;
import dyna.experiment.ChartOptions;
import dyna.experiment.ExperimentException;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.stop.Steps;
import dyna.experiment.stop.UntilOptimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private String error(String name, String text) throws Exception {
        Path file = write(name, text);
        return assertThrows(ExperimentException.class, () -> ExperimentFile.read(file)).getMessage()
                .replace(file.toString(), name);
    }

    @Test
    void aChartSectionChoosesALogarithmicYAxis() throws Exception {
        assertTrue(ExperimentFile.read(write("log.yaml", "environment: mountain-car\nchart:\n  log-y: true\n"))
                .chart().logY());
        assertFalse(ExperimentFile.read(write("plain.yaml", "environment: dyna-maze\n")).chart().logY());
        assertEquals("c.yaml:3:10: log-y must be true or false, not 'yes please'",
                error("c.yaml", "environment: dyna-maze\nchart:\n  log-y: yes please\n"));
        assertEquals("c.yaml:3:3: unknown key 'log-x' in chart; valid: log-y, x-from, panels-by; did you mean 'log-y'?",
                error("c.yaml", "environment: dyna-maze\nchart:\n  log-x: true\n"));
    }

    @Test
    void aChartSectionChoosesTheFirstXAndThePanels() throws Exception {
        ChartOptions chart = ExperimentFile.read(write("panels.yaml",
                "environment: dyna-maze\nchart:\n  x-from: 2\n  panels-by: alpha\n")).chart();
        assertEquals(2.0, chart.xFrom());
        assertEquals("alpha", chart.panelsBy());
        ChartOptions plain = ExperimentFile.read(write("plain.yaml", "environment: dyna-maze\n")).chart();
        assertTrue(Double.isNaN(plain.xFrom()));
        assertNull(plain.panelsBy());
        assertEquals("c.yaml:3:11: x-from must be a number, the first x value to draw (for example 2, the second "
                + "episode), not 'second'", error("c.yaml", "environment: dyna-maze\nchart:\n  x-from: second\n"));
    }

    @Test
    void readsComponentsParametersRunsSeedAndStop() throws Exception {
        ExperimentSpec experiment = ExperimentFile.read(write("e.yaml", """
                environment: dyna-maze
                planner: [random-sample, prioritized-sweeping]
                parameters:
                  planning-steps: [0, 5]
                  alpha: 0.5
                runs: 7
                seed: -3
                stop:
                  until-optimal:
                    path-factor: 1.5
                """));
        assertEquals(List.of("random-sample", "prioritized-sweeping"),
                experiment.components().get(ComponentKind.PLANNER));
        assertEquals(List.of("0", "5"),
                experiment.parameters().get("planning-steps"));
        assertEquals(7, experiment.runs());
        assertEquals(-3L, experiment.seed());
        assertEquals(new UntilOptimal(1.5, 100_000_000L), experiment.stop());
    }

    /** together: one group as a list of names, several as a list of lists; anything else is refused with its place. */
    @Test
    void togetherGroupsDimensionsAsOneListOrAsSeveral() throws Exception {
        assertEquals(List.of(List.of("model", "planning-steps")), ExperimentFile.read(write("one.yaml",
                "environment: pendulum\nmodel: [no-model, true-model]\nparameters:\n  planning-steps: [0, 400]\n"
                        + "together: [model, planning-steps]\n")).together());
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), ExperimentFile.read(write("two.yaml",
                "environment: pendulum\ntogether: [[a, b], [c, d]]\n")).together());
        assertEquals("t.yaml:2:11: together lists the swept component kinds and parameters whose values go together, "
                + "as [model, planning-steps], or several such groups as [[a, b], [c, d]]",
                error("t.yaml", "environment: pendulum\ntogether: model\n"));
    }

    @Test
    void jsonIsAcceptedToo() throws Exception {
        ExperimentSpec experiment = ExperimentFile.read(write("e.json",
                "{\"environment\": \"dyna-maze\", \"stop\": {\"steps\": 100}}"));
        assertEquals(new Steps(100), experiment.stop());
    }

    @Test
    void anUnknownKeyGivesFileLineColumnAndTheValidKeys() throws Exception {
        assertEquals("e.yaml:2:1: unknown key 'modle'; valid: environment, model, planner, search-control, bonus, update-rule, "
                + "policy, values, features, learner, controller, parameters, together, runs, seed, stop, metrics, chart, description; did you mean 'model'?", error("e.yaml", "environment: dyna-maze\nmodle: x\n"));
        assertEquals("e.yaml:3:3: unknown key 'episode'; valid: episodes, steps, until-optimal, until-solved, planning-only; "
                + "did you mean 'episodes'?",
                error("e.yaml", "environment: dyna-maze\nstop:\n  episode: 5\n"));
    }

    @Test
    void aWrongTypeGivesFileLineColumnAndWhatIsValid() throws Exception {
        assertEquals("e.yaml:2:7: runs must be a whole number of at least 1, not 'thirty'",
                error("e.yaml", "environment: dyna-maze\nruns: thirty\n"));
        assertEquals("e.yaml:2:7: runs must be a single value",
                error("e.yaml", "environment: dyna-maze\nruns: [1, 2]\n"));
        assertEquals("e.yaml:1:14: environment must be a single id; sweep environments in separate experiments",
                error("e.yaml", "environment: [dyna-maze, blocking-maze]\n"));
    }

    @Test
    void yamlIsReadAsPlainDataWithNoTypesConstructed() throws Exception {
        String message = error("e.yaml", "environment: !!javax.script.ScriptEngineManager [x]\n");
        assertTrue(message.startsWith("e.yaml:1:14: tags such as !"), message);
        assertTrue(message.endsWith("are not allowed; an experiment file holds plain values"), message);
    }

    @Test
    void malformedFilesAndMissingPiecesAreNamed() throws Exception {
        assertTrue(error("e.yaml", "environment: [dyna-maze\n").startsWith("e.yaml:1:24: while parsing a flow sequence"));
        assertEquals("e.yaml:1:1: no environment; an experiment names one, as environment: dyna-maze",
                error("e.yaml", "runs: 3\n"));
        assertEquals("e.yaml:2:1: key 'runs' is given twice", error("e.yaml", "runs: 3\nruns: 4\n"));
        assertEquals("nothing.yaml: experiment file not found",
                assertThrows(ExperimentException.class, () -> ExperimentFile.read(Path.of("nothing.yaml")))
                        .getMessage());
    }

    @Test
    void aliasesAreRefusedWithTheirPlace() throws Exception {
        assertEquals("e.yaml:3:7: aliases such as *n are not allowed; write the value itself",
                error("e.yaml", "environment: dyna-maze\nseed: &n 7\nruns: *n\n"));
    }

    @Test
    void onlyARegularFileOfAtMostOneMegabyteIsRead() throws Exception {
        assertEquals("big.yaml: " + (ExperimentFile.MAX_BYTES + 1) + " bytes; an experiment file is at most "
                + ExperimentFile.MAX_BYTES + " bytes",
                error("big.yaml", "#".repeat((int) ExperimentFile.MAX_BYTES) + "\n"));
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        assertEquals(folder + ": not a regular file; an experiment file is a YAML or JSON file",
                assertThrows(ExperimentException.class, () -> ExperimentFile.read(folder)).getMessage());
    }

    @Test
    void aStopWithMoreCheckpointsThanUpdatesIsRefusedWithItsPlace() throws Exception {
        assertEquals("e.yaml:3:18: checkpoints (50) must be at most the planning updates (10): each checkpoint "
                + "follows at least one update",
                error("e.yaml", "environment: random-task\nstop:\n  planning-only: {updates: 10, checkpoints: 50}\n"));
    }

    @Test
    void aFileThatIsNotUtf8TextIsNamed() throws Exception {
        Path binary = Files.write(dir.resolve("e.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertEquals(binary + ": not UTF-8 text; an experiment file is a YAML or JSON file",
                assertThrows(ExperimentException.class, () -> ExperimentFile.read(binary)).getMessage());
    }
}
