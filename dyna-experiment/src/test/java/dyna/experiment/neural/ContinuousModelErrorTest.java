package dyna.experiment.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.ExperimentException;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.reader.ExperimentFile;
import dyna.experiment.stop.Episodes;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics model_error and model_error_5 on continuous worlds: measured against the
 * simulator on the agent's own states, zero for the true model, compounding along a rollout for
 * a learned one, written to episodes.csv.
 */
class ContinuousModelErrorTest {
    private static final dyna.experiment.Measure MODEL_ERROR = new dyna.experiment.Measure("model_error", "episode", true);
    private static final dyna.experiment.Measure MODEL_ERROR_K = new dyna.experiment.Measure("model_error_5", "episode", true);

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    @TempDir
    Path dir;

    private ExperimentPlan plan(String model, String extra, int episodes) throws Exception {
        Path file = dir.resolve(model + ".yaml");
        Files.writeString(file, """
                environment: cart-pole
                model: %s
                planner: branched-rollouts
                update-rule: sarsa
                values: linear
                features: tile-coding
                parameters:
                  bounds: "-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5"
                  alpha: 0.0625
                  gamma: 1
                  epsilon: 0
                  planning-steps: 10
                  %s
                runs: 2
                seed: 1
                stop: {episodes: %d}
                metrics: [return, model_error, model_error_5]
                """.formatted(model, extra, episodes));
        return ExperimentPlan.of(ExperimentFile.read(file), REGISTRY, List.of());
    }

    private static ResultTable run(ExperimentPlan plan) throws InterruptedException {
        return run(plan, 1);
    }

    private static ResultTable run(ExperimentPlan plan, int threads) throws InterruptedException {
        return new ResultTable(plan.sweptNames(), plan.points().stream().map(ExperimentPoint::point).toList(),
                new ExperimentRunner(threads).run(plan.points(), 2, plan.spec().stop(), done -> { }).results());
    }

    @Test
    void theEnsembleGivesTheSameRunsOnOneThreadAndOnTwo() throws Exception {
        ExperimentPlan plan = plan("neural-ensemble",
                "members: 2\n  width: 16\n  train-every: 100\n  max-batches: 20\n  horizon: 2", 15);
        ResultTable one = run(plan, 1);
        ResultTable two = run(plan, 2);
        for (int r = 0; r < 2; r++) {
            RunResult a = one.results()[0][r];
            RunResult b = two.results()[0][r];
            assertEquals(a.series().keySet(), b.series().keySet());
            for (String name : a.series().keySet()) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(a.series(name), b.series(name), 0.0,
                        name + ", run " + (r + 1));
            }
            assertEquals(a.counters(), b.counters(), "run " + (r + 1));
        }
    }

    @Test
    void theTrueModelHasNoErrorAndALearnedOneCompoundsAlongARollout() throws Exception {
        ResultTable truth = run(plan("true-model", "horizon: 1", 5));
        for (RunResult result : truth.results()[0]) {
            for (int e = 0; e < 5; e++) {
                assertEquals(0, result.of(MODEL_ERROR)[e], 1e-12, "true model, episode " + (e + 1));
                double k = result.of(MODEL_ERROR_K)[e];
                assertTrue(Double.isNaN(k) || k < 1e-12, "true model, 5 steps, episode " + (e + 1) + ": " + k);
            }
        }

        ExperimentPlan learnedPlan = plan("neural-ensemble",
                "members: 2\n  width: 32\n  train-every: 100\n  max-batches: 50\n  horizon: 1", 40);
        ResultTable learned = run(learnedPlan);
        for (RunResult result : learned.results()[0]) {
            double[] one = result.of(MODEL_ERROR);
            double[] five = result.of(MODEL_ERROR_K);
            assertTrue(Double.isNaN(one[0]), "untrained before its first 100 real steps: " + one[0]);
            int compared = 0;
            int compounded = 0;
            for (int e = 0; e < one.length; e++) {
                if (!Double.isNaN(one[e]) && !Double.isNaN(five[e])) {
                    compared++;
                    compounded += five[e] > one[e] ? 1 : 0;
                }
            }
            assertTrue(compared >= 10 && compounded > 0.8 * compared, "the 5-step error exceeds the one-step error in "
                    + compounded + " of " + compared + " episodes");
            assertTrue(one[one.length - 1] < 0.5, "one-step error at the end, in units of each dimension's spread: "
                    + one[one.length - 1]);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        learnedPlan.spec().stop().write(out, learned, List.of(MODEL_ERROR),
                "cart-pole", 1, dyna.experiment.ChartOptions.DEFAULT);
        String header = Files.readAllLines(out.resolve("episodes.csv")).get(0);
        assertEquals("run,episode,steps,return,truncated,model_error,model_error_5,planning_updates", header);
    }

    @Test
    void isRefusedWhereThereIsNeitherATableNorASimulator() throws Exception {
        Path file = dir.resolve("boyan.yaml");
        Files.writeString(file, """
                environment: boyan-chain
                model: linear-expectation
                planner: linear-dyna
                values: linear
                features: boyan-features
                runs: 1
                stop: {episodes: 2}
                metrics: [model_error_5]
                """);
        ExperimentException refused = assertThrows(ExperimentException.class,
                () -> ExperimentPlan.of(ExperimentFile.read(file), REGISTRY, List.of()));
        assertTrue(refused.getMessage().contains("model_error_5 needs a continuous environment that can simulate"),
                refused.getMessage());
    }
}
