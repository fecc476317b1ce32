package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.ComponentKind;
import dyna.experiment.reader.ExperimentFile;
import dyna.experiment.stop.Episodes;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.ModelError;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ground-truth diagnostic model_error: how far the agent's model is from the true table. */
class ModelErrorMetricTest {
    private static final Measure VALUE_ERROR = new Measure("value_error", "episode", true);
    private static final Measure MODEL_ERROR = new Measure("model_error", "episode", true);
    private static final Measure SPECTRAL_RADIUS = new Measure("spectral_radius", "episode", true);

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    @TempDir
    Path dir;

    private static DynaAgent agent(AgentSpec spec, long seed) {
        return AgentFactory.of(AgentConfiguration.resolve(REGISTRY, spec)).create(seed);
    }

    private static double modelError(DynaAgent agent) {
        return new ModelError(agent.environment().transitionTable().orElseThrow(), agent.features().size(),
                agent.features().maxActive()).of(agent.model(), agent.features(), agent.visits());
    }

    @Test
    void aTabularModelOfADeterministicWorldIsExactAndOfAStochasticOneConverges() {
        DynaAgent maze = agent(AgentSpec.dynaQ("dyna-maze"), 1);
        maze.visits();
        for (int e = 0; e < 10; e++) {
            maze.runEpisode();
        }
        assertEquals(0.0, modelError(maze), 0.0, "a deterministic model of a deterministic maze");

        AgentSpec stochastic = AgentSpec.dynaQ("random-task").with(ComponentKind.MODEL, "tabular-stochastic")
                .with("states", "20").with("branching", "3").with("epsilon", "0.5");
        DynaAgent task = agent(stochastic, 1);
        task.visits();
        task.runSteps(100);
        double early = modelError(task);
        task.runSteps(20_000);
        double late = modelError(task);
        assertTrue(early > 0.1 && late < early / 3, "total variation of counted frequencies: " + early + " -> " + late);

        DynaAgent deterministicModel = agent(stochastic.with(ComponentKind.MODEL, "tabular-deterministic"), 1);
        deterministicModel.visits();
        deterministicModel.runSteps(20_000);
        assertTrue(modelError(deterministicModel) > 0.5, "a deterministic model of three equally likely outcomes is "
                + "off by 2/3: " + modelError(deterministicModel));
    }

    @Test
    void anExpectationModelIsExactOnOneHotFeaturesWithStepOneAndApproachesTheChainsExpectations() {
        DynaAgent maze = agent(AgentSpec.dynaQ("dyna-maze").with(ComponentKind.MODEL, "linear-expectation")
                .with(ComponentKind.PLANNER, "linear-dyna").with("model-alpha", "1"), 1);
        maze.visits();
        for (int e = 0; e < 10; e++) {
            maze.runEpisode();
        }
        assertEquals(0.0, modelError(maze), 1e-12, "F e_s = e_s' and b_s = r after one visit");

        DynaAgent chain = agent(LinearDynaBehaviourTest.boyan("unit-features").with("planning-steps", "0"), 1);
        chain.visits();
        chain.runEpisode();
        double early = modelError(chain);
        for (int e = 0; e < 200; e++) {
            chain.runEpisode();
        }
        double late = modelError(chain);
        assertTrue(early > 0.5 && late < early / 5, "LMS model of the Boyan chain: " + early + " -> " + late);
    }

    @Test
    void isAColumnOfTheCsvAndRefusedForAModelWithoutDistributionsOrExpectations() throws Exception {
        Path file = dir.resolve("boyan.yaml");
        Files.writeString(file, """
                environment: boyan-chain
                model: linear-expectation
                planner: linear-dyna
                values: linear
                features: boyan-features
                parameters: {alpha: 0.1, gamma: 1, planning-steps: 5}
                runs: 2
                stop: {episodes: 20}
                metrics: [model_error]
                """);
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file), REGISTRY, List.of());
        assertEquals("episodes={count=20, model-error=true}", plan.spec().stop().identity());
        double[] error = run(plan).means(0, MODEL_ERROR);
        assertTrue(error[19] < error[0], "the model's error falls: " + error[0] + " -> " + error[19]);

        Path replay = dir.resolve("replay.yaml");
        Files.writeString(replay, """
                environment: boyan-chain
                model: no-model
                values: linear
                features: boyan-features
                runs: 1
                stop: {episodes: 2}
                metrics: [model_error]
                """);
        ExperimentException refused = assertThrows(ExperimentException.class,
                () -> ExperimentPlan.of(ExperimentFile.read(replay), REGISTRY, List.of()));
        assertTrue(refused.getMessage().contains("model_error needs a model that offers distributions or expectations"),
                refused.getMessage());
    }

    @Test
    void spectralRadiusIsMeasuredForExpectationModelsAndWarnsWhenItReachesOne() throws Exception {
        Path chain = dir.resolve("chain.yaml");
        Files.writeString(chain, """
                environment: boyan-chain
                model: linear-expectation
                planner: linear-dyna
                values: linear
                features: boyan-features
                parameters: {alpha: 0.1, gamma: 1, planning-steps: 5}
                runs: 2
                stop: {episodes: 20}
                metrics: [value_error, spectral_radius]
                """);
        ExperimentPlan stable = ExperimentPlan.of(ExperimentFile.read(chain), REGISTRY, List.of());
        ResultTable chainTable = run(stable);
        double[] radius = chainTable.means(0, SPECTRAL_RADIUS);
        assertTrue(radius[19] > 0 && radius[19] < 1, "the chain only moves toward its end: " + radius[19]);
        String quiet = stable.spec().stop().write(Files.createDirectories(dir.resolve("chain")), chainTable, List.of(VALUE_ERROR),
                "boyan-chain", 1, ChartOptions.DEFAULT).summary();
        assertTrue(!quiet.contains("warning"), quiet);

        // One-hot features with model-alpha 1 learn F^a = the maze's deterministic transition matrix,
        // whose cycles (a step into a wall stays put) give it radius 1; undiscounted, γF^a reaches 1.
        Path maze = dir.resolve("maze.yaml");
        Files.writeString(maze, """
                environment: dyna-maze
                model: linear-expectation
                planner: linear-dyna
                values: linear
                parameters: {alpha: 0.5, gamma: 1, planning-steps: 5, model-alpha: 1}
                runs: 2
                stop: {episodes: 5}
                metrics: [steps, spectral_radius]
                """);
        ExperimentPlan unstable = ExperimentPlan.of(ExperimentFile.read(maze), REGISTRY, List.of());
        ResultTable mazeTable = run(unstable);
        assertEquals(1.0, mazeTable.means(0, SPECTRAL_RADIUS)[4], 1e-6);
        String warned = unstable.spec().stop().write(Files.createDirectories(dir.resolve("maze")), mazeTable, List.of(Episodes.STEPS),
                "dyna-maze", 1, ChartOptions.DEFAULT).summary();
        assertTrue(warned.contains("warning: 2 of 2 run(s) end with a model whose spectral radius of γF^a is 1 or more"),
                warned);

        Path tabular = dir.resolve("tabular.yaml");
        Files.writeString(tabular, """
                environment: dyna-maze
                runs: 1
                stop: {episodes: 2}
                metrics: [spectral_radius]
                """);
        ExperimentException refused = assertThrows(ExperimentException.class,
                () -> ExperimentPlan.of(ExperimentFile.read(tabular), REGISTRY, List.of()));
        assertTrue(refused.getMessage().contains("spectral_radius needs a model that offers expectations"),
                refused.getMessage());
    }

    private static ResultTable run(ExperimentPlan plan) throws InterruptedException {
        return new ResultTable(plan.sweptNames(), plan.points().stream().map(ExperimentPoint::point).toList(),
                new ExperimentRunner(1).run(plan.points(), 2, plan.spec().stop(), done -> { }).results());
    }
}
