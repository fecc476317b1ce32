package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.reader.ExperimentFile;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every experiment file shipped in {@code experiments/} is the same experiment as the command
 * docs/reproductions.md shows beside it: the same environment, runs, seed and stop, and the same sweep
 * points with the same resolved configurations and seeds, so they give the same results.
 */
class ShippedExperimentsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** The {@code ./dyna run --env ... --out results/...} commands of docs/reproductions.md, continuation lines joined. */
    private static List<String> readmeCommands() throws Exception {
        String readme = Files.readString(ROOT.resolve("docs/reproductions.md")).replace("\\\n", " ");
        List<String> commands = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^\\./dyna run --env .*$").matcher(readme);
        while (matcher.find()) {
            String command = matcher.group().replaceAll("\\s+", " ").strip();
            if (command.contains("--out results/")) {
                commands.add(command);
            }
        }
        return commands;
    }

    private static List<String> identities(ExperimentPlan plan) {
        return plan.points().stream().map(p -> p.seed() + " " + p.configuration().identity()).toList();
    }

    @Test
    void everyShippedFileMatchesTheReadmeCommandBesideIt() throws Exception {
        ProviderRegistry registry = ProviderRegistry.discover();
        List<String> commands = readmeCommands();
        assertEquals(5, commands.size(), "the commands for Figures 8.4, 8.5, 8.8 (two) and Example 8.4: "
                + commands);
        for (String command : commands) {
            List<String> args = new ArrayList<>(Arrays.asList(command.substring("./dyna run ".length()).split(" ")));
            String out = args.get(args.indexOf("--out") + 1);
            Path file = ROOT.resolve("experiments").resolve(Path.of(out).getFileName() + ".yaml");
            assertTrue(Files.isRegularFile(file), "no experiment file " + file + " for " + command);
            ExperimentSpec fromCommand = RunCommand.experimentOf(args.toArray(String[]::new));
            ExperimentSpec fromFile = ExperimentFile.read(file);
            assertEquals(fromCommand.environment(), fromFile.environment(), file.toString());
            assertEquals(fromCommand.runs(), fromFile.runs(), file + " runs");
            assertEquals(fromCommand.seed(), fromFile.seed(), file + " seed");
            assertEquals(fromCommand.stop(), fromFile.stop(), file + " stop");
            ExperimentPlan planned = ExperimentPlan.of(fromCommand, registry, List.of());
            assertEquals(identities(planned), identities(ExperimentPlan.of(fromFile, registry, List.of())),
                    file + ": the same points, configurations and seeds as " + command);
            assertEquals(planned.sweptNames(), ExperimentPlan.of(fromFile, registry, List.of()).sweptNames());
        }
        ExperimentSpec first = RunCommand.experimentOf("experiments/figure-8.2.yaml".replace("experiments",
                ROOT.resolve("experiments").toString()), "--out", "results/figure-8.2");
        assertEquals(30, first.runs(), "the README's first command runs Figure 8.2's file as it is");
        assertTrue(first.stop().identity().equals("episodes=50"), first.stop().identity());
        List<ExperimentPoint> points = ExperimentPlan.of(first, registry, List.of()).points();
        assertEquals(3, points.size());
    }

    @Test
    void everyShippedFileSurvivesTheTripThroughConfigJson(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ProviderRegistry registry = ProviderRegistry.discover();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (java.util.stream.Stream<Path> files = Files.list(ROOT.resolve("experiments"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                ExperimentSpec original = ExperimentFile.read(file);
                java.util.Map<String, Object> config = new java.util.LinkedHashMap<>();
                config.put("dyna", java.util.Map.of("version", "0.2.0"));
                config.put("experiment-file", file.toAbsolutePath().toString());
                config.put("experiment", original.fileForm());
                Path written = dir.resolve(file.getFileName() + ".json");
                json.writeValue(written.toFile(), config);
                ExperimentSpec again = ExperimentFile.read(written);
                assertEquals(original.fileForm(), again.fileForm(), file.toString());
                assertEquals(original.stop(), again.stop(), file.toString());
                assertEquals(original.chart(), again.chart(), file.toString());
                ExperimentPlan planned = ExperimentPlan.of(original, registry, List.of());
                assertEquals(identities(planned), identities(ExperimentPlan.of(again, registry, List.of())),
                        file + ": the same points, configurations and seeds after config.json");
            }
        }
    }

    /**
     * The Pendulum comparison runs exactly the runs of pendulum-sac.yaml and pendulum-mbpo.yaml
     * (the same configurations and seeds), its rows going together, so that their measured tables
     * are its own.
     */
    @Test
    void thePendulumComparisonRunsTheRunsOfTheSacAndMbpoFiles() {
        ProviderRegistry registry = ProviderRegistry.discover();
        Path experiments = ROOT.resolve("experiments");
        List<String> together = identities(ExperimentPlan.of(ExperimentFile.read(
                experiments.resolve("pendulum-comparison.yaml")), registry, List.of()));
        List<String> apart = new ArrayList<>(identities(ExperimentPlan.of(ExperimentFile.read(
                experiments.resolve("pendulum-sac.yaml")), registry, List.of())));
        apart.addAll(identities(ExperimentPlan.of(ExperimentFile.read(experiments.resolve("pendulum-mbpo.yaml")),
                registry, List.of())));
        assertEquals(3, together.size());
        assertEquals(new java.util.TreeSet<>(apart), new java.util.TreeSet<>(together));
    }
}
