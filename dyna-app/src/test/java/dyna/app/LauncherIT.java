package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application, launched as the README does ({@code java -p lib -m dyna.app}), not
 * from the test class path: every module and service must resolve from the lib directory alone.
 */
class LauncherIT {

    @TempDir
    Path dir;

    private record Launch(int code, String out, String err) {
    }

    private Launch dyna(String... args) throws IOException, InterruptedException {
        String lib = System.getProperty("dyna.lib");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-p", lib, "-m", "dyna.app"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "dyna did not finish");
        return new Launch(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void listFindsTheBuiltInsOfEveryModuleOnTheModulePath() throws Exception {
        Launch launch = dyna("list");
        assertEquals(0, launch.code(), launch.err());
        assertTrue(launch.out().contains("from dyna.envs 0.1.0 (dyna-envs-0.1.0.jar)"), launch.out());
        assertTrue(launch.out().contains("from dyna.models 0.1.0 (dyna-models-0.1.0.jar)"), launch.out());
        assertTrue(launch.out().contains("from dyna.core 0.1.0 (dyna-core-0.1.0.jar)"), launch.out());
    }

    @Test
    void runWritesItsFilesThroughTheRealLauncher() throws Exception {
        Path out = dir.resolve("results");
        Launch launch = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,50", "--runs", "2",
                "--episodes", "3", "--out", out.toString());
        assertEquals(0, launch.code(), launch.err());
        assertEquals(1 + 2 * 2 * 3, Files.readAllLines(out.resolve("episodes.csv")).size());
        assertTrue(Files.size(out.resolve("episodes.png")) > 1000);
        assertTrue(Files.readString(out.resolve("config.json")).contains("\"module\" : \"dyna.models\""));
    }

    @Test
    void aUsageErrorIsOneLineWithExitCodeTwo() throws Exception {
        Launch launch = dyna("run", "--env", "dyna-maze", "--model", "tabular", "--out", dir.toString());
        assertEquals(2, launch.code());
        assertEquals("dyna run: unknown model 'tabular'; known: known-dynamics, tabular-deterministic, "
                + "tabular-stochastic, tabular-time", launch.err().strip());
    }
}
