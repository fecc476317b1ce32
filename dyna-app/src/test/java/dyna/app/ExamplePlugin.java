package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Builds plugin jars for the integration tests with javac and jar, against the application's lib directory. */
final class ExamplePlugin {

    private ExamplePlugin() {
    }

    /** Builds examples/windy-plugin as its pom would, into a new folder {@code folder} of {@code dir}. */
    static Path build(Path dir, String folder) throws Exception {
        Path root = Path.of(System.getProperty("dyna.lib")).getParent().getParent().getParent();
        try (var files = Files.walk(root.resolve("examples/windy-plugin/src/main/java"))) {
            return compileAndPack(dir, "dyna-windy-plugin", folder,
                    files.filter(f -> f.toString().endsWith(".java")).toList());
        }
    }

    /**
     * Compiles sources against the application's lib directory and packs them as
     * {@code name.jar} (module version 0.1.0) into a new folder {@code folder} of {@code dir},
     * which is returned.
     */
    static Path compileAndPack(Path dir, String name, String folder, List<Path> sources) throws Exception {
        Path classes = dir.resolve(name + "-classes");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", classes.toString(), "-p", System.getProperty("dyna.lib")));
        sources.forEach(f -> command.add(f.toString()));
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(javac.waitFor(2, TimeUnit.MINUTES) && javac.exitValue() == 0, output);
        Path plugins = Files.createDirectories(dir.resolve(folder));
        Path jar = plugins.resolve(name + ".jar");
        Process pack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "--create",
                "--file", jar.toString(), "--module-version", "0.1.0", "-C", classes.toString(), ".").inheritIO().start();
        assertEquals(0, pack.waitFor());
        return plugins;
    }
}
