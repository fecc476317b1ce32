package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plugin's components that break their contract at run time are named as at fault, with their
 * kind, id, module and jar, in one line, and not the update rule or values that would trip over
 * the bad value later: a model's NaN reward, next state out of range, NaN observation, probability
 * above 1, NaN uncertainty or NaN expected reward, a feature index out of range, an environment's
 * observation outside its box.
 */
class RunTimeChecksIT {

    @TempDir
    static Path dir;

    private static Path plugins;

    private static final String CORRIDOR_MODEL = """
            package faulty.plugin;
            import dyna.api.env.Transition;
            import dyna.api.model.*;
            /** Knows every pair it saw; its samples and outcomes are the last seen, spoiled by spoil(). */
            abstract class SeenModel implements DistributionModel, UncertaintyModel {
                final java.util.Map<Long, double[]> seen = new java.util.HashMap<>();
                long key(Transition t) { return t.state() * 31L + t.action() + 7L * java.util.Arrays.hashCode(t.observation()); }
                public void observe(Transition t) { seen.put(key(t), new double[] {t.nextState(), t.reward(), t.terminated() ? 1 : 0}); }
                public boolean knows(Transition t) { return seen.containsKey(key(t)); }
                public void sample(Transition t) {
                    double[] o = seen.getOrDefault(key(t), new double[] {t.state(), 0, 0});
                    System.arraycopy(t.observation(), 0, t.nextObservation(), 0, t.dimensions());
                    t.outcome((int) o[0], o[1], o[2] == 1, false);
                    spoil(t);
                }
                public int outcomeCount(Transition t) { return knows(t) ? 1 : 0; }
                public double outcome(Transition t, int i) { sample(t); return probability(); }
                public double uncertainty(Transition t) { return 0; }
                void spoil(Transition t) { }
                double probability() { return 1; }
            }
            """;

    private static String model(String name, String id, String body, String capabilities) {
        return """
                package faulty.plugin;
                import dyna.api.model.*;
                import dyna.api.provider.*;
                public final class %1$sProvider implements ModelProvider {
                    public String id() { return "%2$s"; }
                    public String description() { return "a model that breaks its contract"; }
                    public java.util.Set<ModelCapability> capabilities() { return java.util.Set.of(%4$s); }
                    public Model create(Parameters p, ComponentContext c) {
                        return new SeenModel() { %3$s };
                    }
                }
                """.formatted(name, id, body, capabilities);
    }

    @BeforeAll
    static void buildThePlugin() throws Exception {
        Map<String, String> sources = Map.of(
                "module-info.java", """
                        module faulty.plugin {
                            requires dyna.api;
                            provides dyna.api.model.ModelProvider with faulty.plugin.NanRewardProvider,
                                faulty.plugin.LostStateProvider, faulty.plugin.BadOddsProvider, faulty.plugin.UnsureProvider,
                                faulty.plugin.NanObservationProvider, faulty.plugin.NanExpectationProvider;
                            provides dyna.api.learning.FeaturesProvider with faulty.plugin.OffByThreeProvider;
                            provides dyna.api.env.EnvironmentProvider with faulty.plugin.OutsideBoxProvider;
                        }
                        """,
                "faulty/plugin/SeenModel.java", CORRIDOR_MODEL,
                "faulty/plugin/NanRewardProvider.java", model("NanReward", "nan-reward",
                        "void spoil(dyna.api.env.Transition t) { t.outcome(t.nextState(), Double.NaN, t.terminated(), false); }",
                        "ModelCapability.SAMPLES"),
                "faulty/plugin/LostStateProvider.java", model("LostState", "lost-state",
                        "void spoil(dyna.api.env.Transition t) { t.outcome(9999, t.reward(), t.terminated(), false); }",
                        "ModelCapability.SAMPLES"),
                "faulty/plugin/BadOddsProvider.java", model("BadOdds", "bad-odds", "double probability() { return 1.5; }",
                        "ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION"),
                "faulty/plugin/NanObservationProvider.java", model("NanObservation", "nan-observation",
                        "void spoil(dyna.api.env.Transition t) { t.nextObservation()[0] = Double.NaN; } "
                                + "public boolean knows(dyna.api.env.Transition t) { return true; }",
                        "ModelCapability.SAMPLES"),
                "faulty/plugin/UnsureProvider.java", model("Unsure", "unsure",
                        "public double uncertainty(dyna.api.env.Transition t) { return Double.NaN; } "
                                + "public boolean knows(dyna.api.env.Transition t) { return true; }",
                        "ModelCapability.SAMPLES, ModelCapability.UNCERTAINTY"),
                "faulty/plugin/NanExpectationProvider.java", """
                        package faulty.plugin;
                        import dyna.api.env.Transition;
                        import dyna.api.learning.*;
                        import dyna.api.model.*;
                        import dyna.api.provider.*;
                        public final class NanExpectationProvider implements ModelProvider {
                            public String id() { return "nan-expectation"; }
                            public String description() { return "an expectation model whose rewards are NaN"; }
                            public java.util.Set<ModelCapability> capabilities() {
                                return java.util.Set.of(ModelCapability.EXPECTATION);
                            }
                            public Model create(Parameters p, ComponentContext c) { return create(p, c, null); }
                            public Model create(Parameters p, ComponentContext c, Features features) {
                                int n = features == null ? c.stateCount(id()) : features.size();
                                return new ExpectationModel() {
                                    public void observe(Transition t) { }
                                    public boolean knows(Transition t) { return true; }
                                    public void sample(Transition t) { throw new UnsupportedOperationException("no samples"); }
                                    public int featureCount() { return n; }
                                    public void expect(Transition t) { t.nextFeatures().clear(); t.outcome(Double.NaN, false, false); }
                                    public void predecessors(int i, int a, FeatureVector out) { out.clear(); }
                                };
                            }
                        }
                        """,
                "faulty/plugin/OffByThreeProvider.java", """
                        package faulty.plugin;
                        import dyna.api.learning.*;
                        import dyna.api.provider.*;
                        public final class OffByThreeProvider implements FeaturesProvider {
                            public String id() { return "off-by-three"; }
                            public String description() { return "one-hot, but every index is 3 too far"; }
                            public Features create(Parameters p, ComponentContext c) {
                                int n = c.stateCount(id());
                                return new Features() {
                                    public int size() { return n; }
                                    public int maxActive() { return 1; }
                                    public void encode(int s, double[] o, FeatureVector out) { out.oneHot(n + 2); }
                                };
                            }
                        }
                        """,
                "faulty/plugin/OutsideBoxProvider.java", """
                        package faulty.plugin;
                        import dyna.api.env.*;
                        import dyna.api.provider.*;
                        import dyna.api.space.*;
                        public final class OutsideBoxProvider implements EnvironmentProvider {
                            public String id() { return "outside-box"; }
                            public String description() { return "a line in [0, 1] whose third step leaves it"; }
                            public Environment create(Parameters p) {
                                return new Environment() {
                                    int steps;
                                    public Space observationSpace() { return new Box(new double[] {0}, new double[] {1}); }
                                    public Discrete actionSpace() { return new Discrete(2); }
                                    public void reset(long seed, Step out) { reset(out); }
                                    public void reset(Step out) { steps = 0; out.observation()[0] = 0.5; out.set(0, false, false); }
                                    public void step(int a, Step out) {
                                        out.observation()[0] = ++steps == 3 ? 1.5 : 0.5;
                                        out.set(0, steps == 10, false);
                                    }
                                };
                            }
                        }
                        """);
        List<Path> files = new ArrayList<>();
        for (var source : sources.entrySet()) {
            Path file = dir.resolve("faulty-src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, source.getValue()));
        }
        plugins = ExamplePlugin.compileAndPack(dir, "faulty", "faulty-plugins", files);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "model nan-reward   | --env dyna-maze --model nan-reward"
                + "| its sample of state \\d+, action \\d gave next state \\d+ \\(valid: 0 to 53\\) and reward NaN",
        "model lost-state   | --env dyna-maze --model lost-state"
                + "| its sample of state \\d+, action \\d gave next state 9999 \\(valid: 0 to 53\\) and reward 0.0",
        "model bad-odds     | --env dyna-maze --model bad-odds --planner uniform-expected --search-control seen-pairs"
                + "| its outcome 0 of state \\d+, action \\d has probability 1.5 \\(valid: 0 to 1\\)",
        "model unsure       | --env outside-box --model unsure --planner branched-rollouts --param max-uncertainty=1"
                + " --values linear --features tile-coding --param bounds=0:1 --param max-episode-steps=2"
                + "| its uncertainty of observation \\[0.5\\], action \\d is NaN \\(valid: a number of at least 0\\)",
        "model nan-observation | --env outside-box --model nan-observation --planner branched-rollouts"
                + " --values linear --features tile-coding --param bounds=0:1 --param max-episode-steps=2"
                + "| its sample of observation \\[0.5\\], action \\d gave next observation \\[NaN\\] \\(valid: finite "
                + "numbers\\) and reward 0.0",
        "model nan-expectation | --env dyna-maze --model nan-expectation --planner linear-dyna --values linear"
                + "| its expectation for action \\d gave reward NaN \\(valid: a finite number\\)",
        "features off-by-three | --env dyna-maze --values linear --features off-by-three"
                + "| step 0: the features of state \\d+ include index 56 \\(valid: 0 to 53\\)",
        "environment outside-box | --env outside-box --model no-model --values linear --features tile-coding --param bounds=0:1"
                + "| step 3 gave observation \\[1.5\\] \\(valid: within box\\(\\[0.0\\], \\[1.0\\]\\)\\) and reward 0.0",
    })
    void aFaultIsOneLineNamingTheComponentAtFaultWithItsModuleAndJar(String component, String options, String fault)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--plugins", plugins.toString()));
        args.addAll(List.of(options.strip().split("\\s+")));
        args.addAll(List.of("--runs", "1", "--episodes", "3", "--out", dir.resolve(component.replace(' ', '-')).toString()));
        Launch run = dyna(args.toArray(String[]::new));
        assertEquals(3, run.code(), run.err());
        List<String> failed = run.err().lines().filter(l -> l.contains(" failed in ")).toList();
        assertEquals(1, failed.size(), run.err());
        String expected = "dyna run: run 1 failed in " + component.strip()
                + " \\(faulty.plugin, faulty.jar\\): " + fault.strip();
        assertTrue(failed.get(0).matches(expected), failed.get(0) + "\n  does not match\n" + expected);
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    private record Launch(int code, String out, String err) {
    }

    private static Launch dyna(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-p", System.getProperty("dyna.lib"), "-m", "dyna.app"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "dyna did not finish");
        return new Launch(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
