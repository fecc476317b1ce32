package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.learning.Policy;
import dyna.api.learning.PolicyProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.experiment.reader.ExperimentFile;
import dyna.experiment.stop.Episodes;
import dyna.experiment.stop.Steps;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning an experiment: sweeps over every kind, located errors, and the command line over the file. */
class ExperimentPlanTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    @TempDir
    Path dir;

    /** Epsilon-greedy under another id: a second policy to sweep over. */
    private static final class RenamedPolicy implements PolicyProvider {
        private final PolicyProvider original = (PolicyProvider) REGISTRY.find(ComponentKind.POLICY, "epsilon-greedy");

        @Override
        public String id() {
            return "epsilon-greedy-again";
        }

        @Override
        public String description() {
            return "epsilon-greedy under another id";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return original.parameters();
        }

        @Override
        public Policy create(Parameters parameters, ComponentContext context) {
            return original.create(parameters, context);
        }
    }

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("e.yaml"), text);
    }

    @Test
    void aListOfPoliciesSweepsThemLikeAnyOtherKind() throws Exception {
        ProviderRegistry registry = ProviderRegistry.discover(List.of(new RenamedPolicy()));
        ExperimentSpec spec = ExperimentFile.read(file("""
                environment: dyna-maze
                policy: [epsilon-greedy, epsilon-greedy-again]
                parameters:
                  planning-steps: [0, 5]
                """));
        ExperimentPlan plan = ExperimentPlan.of(spec, registry, List.of());
        assertEquals(List.of("policy", "planning-steps"), plan.sweptNames());
        assertEquals(4, plan.points().size());
        assertEquals("epsilon-greedy-again",
                plan.points().get(2).configuration().component(ComponentKind.POLICY).provider().id());
    }

    @Test
    void aQuotedValueWithACommaIsOneValueNotASweep() throws Exception {
        ExperimentSpec spec = ExperimentFile.read(file("""
                environment: dyna-maze
                parameters:
                  map: "a.txt,b.txt"
                """));
        assertEquals(List.of("a.txt,b.txt"), spec.parameters().get("map"));
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentPlan.of(spec, REGISTRY, List.of()));
        assertTrue(e.getMessage().contains("a.txt,b.txt"), "the one map file is what is missing: " + e.getMessage());
    }

    @Test
    void errorsNameWhereTheirCauseStandsInTheFile() throws Exception {
        Path path = file("""
                environment: dyna-maze
                model: [tabular-deterministic, tabular]
                parameters:
                  alpha: [0.5, 7]
                metrics: [steps, reward]
                """);
        ExperimentSpec spec = ExperimentFile.read(path);
        String unknownModel = assertThrows(ExperimentException.class, () -> ExperimentPlan.of(spec, REGISTRY, List.of()))
                .getMessage();
        assertEquals(path + ":2:32: unknown model 'tabular'; known: known-dynamics, linear-expectation, neural-ensemble, no-model, replay, "
                + "tabular-deterministic, tabular-stochastic, tabular-time, true-model", unknownModel);
        ExperimentSpec oneModel = spec.withComponents(ComponentKind.MODEL, List.of("tabular-deterministic"));
        String outOfRange = assertThrows(ExperimentException.class,
                () -> ExperimentPlan.of(oneModel, REGISTRY, List.of())).getMessage();
        assertTrue(outOfRange.startsWith(path + ":4:16: "), outOfRange);
        assertTrue(outOfRange.contains("alpha"), outOfRange);
        ExperimentSpec inRange = oneModel.overriddenBy(new ExperimentSpec.Overrides(Map.of("alpha", List.of("0.5")),
                null, null, null));
        String metric = assertThrows(ExperimentException.class, () -> ExperimentPlan.of(inRange, REGISTRY, List.of()))
                .getMessage();
        assertEquals(path + ":5:18: metric 'reward' is not measured by this stop condition; valid: steps, return, truncated, "
                + "planning_updates, model_error, model_error_5, spectral_radius, value_error", metric);
    }

    @Test
    void theCommandLineWinsOverTheFileParameterByParameter() throws Exception {
        ExperimentSpec spec = ExperimentFile.read(file("""
                environment: dyna-maze
                parameters:
                  alpha: [0.5, 0.7]
                  planning-steps: 5
                runs: 3
                seed: 4
                stop: {episodes: 7}
                """));
        ExperimentSpec changed = spec.overriddenBy(new ExperimentSpec.Overrides(Map.of("alpha", List.of("0.1")), 9,
                null, new Steps(100)));
        assertEquals(Map.of("alpha", List.of("0.1"), "planning-steps", List.of("5")), changed.parameters());
        assertEquals(9, changed.runs());
        assertEquals(4, changed.seed());
        assertEquals(new Steps(100), changed.stop());
        assertEquals("", changed.where("parameters.alpha[0]"), "the file's place no longer applies");
        assertFalse(changed.where("parameters.planning-steps[0]").isEmpty());
        assertEquals(new Episodes(7), spec.stop());
    }

    @Test
    void aRelativeMapInAFileIsTheMapBesideThatFileAndRunsAreNamedByItsContent() throws Exception {
        Path here = Files.createDirectories(dir.resolve("here"));
        Path there = Files.createDirectories(dir.resolve("there"));
        Files.writeString(here.resolve("corridor.txt"), "S..G\n");
        Files.writeString(there.resolve("corridor.txt"), "S..G\n");
        String experiment = "environment: dyna-maze\nparameters:\n  map: corridor.txt\n";
        ExperimentPlan fromHere = ExperimentPlan.of(ExperimentFile.read(Files.writeString(here.resolve("e.yaml"),
                experiment)), REGISTRY, List.of());
        assertEquals(here.resolve("corridor.txt").toString(),
                fromHere.points().get(0).configuration().component(ComponentKind.ENVIRONMENT).parameters().getText("map"));
        ExperimentPlan fromThere = ExperimentPlan.of(ExperimentFile.read(Files.writeString(there.resolve("e.yaml"),
                experiment)), REGISTRY, List.of());
        assertEquals(fromHere.points().get(0).seed(), fromThere.points().get(0).seed(),
                "the same map in another place gives the same runs");

        Files.writeString(there.resolve("corridor.txt"), "S...G\n");
        ExperimentPlan edited = ExperimentPlan.of(ExperimentFile.read(there.resolve("e.yaml")), REGISTRY, List.of());
        assertFalse(fromHere.points().get(0).seed() == edited.points().get(0).seed(),
                "an edited map gives new runs, so --resume never reuses runs of the old map");
    }

    @Test
    void runsOfEveryPointWithTheSameEnvironmentMeetTheSameEnvironmentRandomness() throws Exception {
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file("""
                environment: random-task
                model: known-dynamics
                planner: [uniform-expected, on-policy-expected]
                parameters:
                  states: 100
                  branching: [1, 3]
                stop: {planning-only: {updates: 10, checkpoints: 1}}
                """)), REGISTRY, List.of());
        List<ExperimentPoint> points = plan.points();   // planner varies slowest: u/b1, u/b3, o/b1, o/b3
        assertEquals(points.get(0).environmentSeed(), points.get(2).environmentSeed(), "same task for both planners");
        assertEquals(points.get(1).environmentSeed(), points.get(3).environmentSeed());
        assertFalse(points.get(0).environmentSeed() == points.get(1).environmentSeed(), "another task family");
        assertFalse(points.get(0).seed() == points.get(2).seed(), "the agents' own streams differ");
        assertEquals(ExperimentRunner.environmentSeed(points.get(0), 7), ExperimentRunner.environmentSeed(points.get(2), 7));
    }

    @Test
    void aParameterScopedToAKindAppliesToThatComponentOnly() throws Exception {
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file("""
                environment: dyna-maze
                model: tabular-stochastic
                planner: prioritized-sweeping
                parameters:
                  theta: 0.5
                  search-control.theta: [0, 1]
                stop: {episodes: 1}
                """)), REGISTRY, List.of());
        assertEquals(List.of("search-control.theta"), plan.sweptNames());
        ExperimentPoint one = plan.points().get(1);
        assertEquals(1.0, one.configuration().component(ComponentKind.SEARCH_CONTROL).parameters().getDouble("theta"),
                "the scoped value takes the place of the flat one");
        assertFalse(plan.points().get(0).seed() == one.seed());

        ExperimentException unknown = assertThrows(ExperimentException.class, () -> ExperimentPlan.of(
                ExperimentFile.read(file("environment: dyna-maze\nparameters:\n  model.epsilon: 0\n")), REGISTRY,
                List.of()));
        assertTrue(unknown.getMessage().contains("unknown parameter 'model.epsilon'; the chosen components declare: "),
                unknown.getMessage());
        assertTrue(unknown.getMessage().endsWith("(scoped to a kind as KIND.NAME, for a name that kind's component "
                + "declares)"), unknown.getMessage());
        assertFalse(unknown.getMessage().contains("policy.epsilon"), "the list stays short: " + unknown.getMessage());
    }
}
