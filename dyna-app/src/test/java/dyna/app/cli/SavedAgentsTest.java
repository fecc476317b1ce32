package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.agents.AgentStore;
import dyna.experiment.agents.LoadedAgent;
import dyna.experiment.agents.SavedAgent;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --save-agents}, {@code dyna inspect}, {@code dyna evaluate} and {@code --load-agent}: a
 * user saves what runs learned, looks at it, plays it, and goes on learning from it.
 */
class SavedAgentsTest {

    @TempDir
    Path dir;

    private Path learn(String planningSteps, int episodes) {
        Path out = dir.resolve("learned-" + planningSteps + "-" + episodes);
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=" + planningSteps, "--runs", "2",
                "--episodes", String.valueOf(episodes), "--save-agents", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Saved 2 agents under " + out.resolve("agents") + " (model, search-control, values)"),
                run.out());
        return out;
    }

    @Test
    void everyRunsAgentIsSavedInItsOwnDirectoryWithItsParts() throws Exception {
        Path out = dir.resolve("swept");
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--runs", "2",
                "--episodes", "3", "--save-agents", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        for (String point : List.of("planning-steps=0", "planning-steps=5")) {
            for (String runName : List.of("run-1", "run-2")) {
                Path agent = out.resolve("agents").resolve(point).resolve(runName);
                for (String file : List.of("agent.json", "values.bin", "model.bin", "search-control.bin")) {
                    assertTrue(Files.isRegularFile(agent.resolve(file)), agent.resolve(file) + " exists");
                }
                String json = Files.readString(agent.resolve("agent.json"));
                assertTrue(json.contains("\"format\" : \"q-table/1\"") && json.contains("\"episodes\" : 3")
                        && json.contains("\"point\" : \"" + point + "\""), json);
            }
        }
    }

    /** An agents/ that is a link to elsewhere is refused up front: nothing is written outside --out. */
    @Test
    void anAgentsFolderThatIsALinkIsRefusedAndNothingIsWrittenOutsideTheResults() throws Exception {
        Path out = dir.resolve("linked");
        assertEquals(0, dyna("run", "--env", "dyna-maze", "--runs", "1", "--episodes", "2", "--out", out.toString())
                .code());
        Path elsewhere = java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
        java.nio.file.Files.createSymbolicLink(out.resolve("agents"), elsewhere);
        Cli.Result resumed = dyna("run", "--env", "dyna-maze", "--runs", "2", "--episodes", "2", "--save-agents",
                "--resume", "--out", out.toString());
        assertEquals(2, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("agents is a symbolic link; saved agents are written only inside"),
                resumed.err());
        try (var listed = java.nio.file.Files.list(elsewhere)) {
            assertEquals(0, listed.count(), "nothing was written through the link");
        }
    }

    /** A saved part with a NaN weight, or a FIFO for a part, is refused up front in one line; nothing hangs or runs. */
    @Test
    void aPartWithANaNWeightOrThatIsAFifoIsRefusedBeforeAnyRun() throws Exception {
        Path out = learn("5", 1);
        Path agent = out.resolve("agents/run-1");
        Path values = agent.resolve("values.bin");
        byte[] bytes = java.nio.file.Files.readAllBytes(values);
        java.nio.ByteBuffer.wrap(bytes).putDouble(bytes.length - 8, Double.NaN);
        java.nio.file.Files.write(values, bytes);
        Cli.Result nan = dyna("run", "--env", "dyna-maze", "--runs", "2", "--episodes", "2", "--load-agent",
                agent.toString(), "--out", dir.resolve("from-nan").toString());
        assertEquals(2, nan.code(), nan.err());
        assertTrue(nan.err().strip().endsWith("values.bin: number 216 of the part is NaN, not a finite number"),
                nan.err());
        java.nio.file.Files.delete(values);
        assertEquals(0, new ProcessBuilder("mkfifo", values.toString()).start().waitFor());
        Cli.Result fifo = dyna("run", "--env", "dyna-maze", "--runs", "2", "--episodes", "2", "--load-agent",
                agent.toString(), "--out", dir.resolve("from-fifo").toString());
        assertEquals(2, fifo.code(), fifo.err());
        assertTrue(fifo.err().contains("values.bin is not a regular file"), fifo.err());
    }

    @Test
    void runningAgainWithoutResumeRemovesTheAgentsOfTheRunsBefore() throws Exception {
        Path out = learn("5", 2);
        Cli.Result again = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=5", "--runs", "1",
                "--episodes", "2", "--out", out.toString(), "--overwrite");
        assertEquals(0, again.code(), again.err());
        assertFalse(Files.exists(out.resolve("agents")), "no stale agents are left beside new results");
    }

    @Test
    void resumingKeepsTheAgentsOfTheRunsFinishedBeforeAndSavesTheNewOnes() throws Exception {
        Path out = learn("5", 2);
        byte[] before = Files.readAllBytes(out.resolve("agents/run-1/values.bin"));
        Cli.Result more = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=5", "--runs", "3",
                "--episodes", "2", "--save-agents", "--resume", "--out", out.toString());
        assertEquals(0, more.code(), more.err());
        assertTrue(more.out().contains("Saved 1 agent under"), "only the new run was run and saved: " + more.out());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("agents/run-1/values.bin")));
        assertTrue(Files.isRegularFile(out.resolve("agents/run-3/agent.json")));
    }

    @Test
    void inspectDrawsTheGreedyPolicyOfAMazeAndPrintsItAsArrows() throws Exception {
        Path agent = learn("50", 30).resolve("agents/run-1");
        Cli.Result inspect = dyna("inspect", agent.toString());
        assertEquals(0, inspect.code(), inspect.err());
        List<String> lines = inspect.out().lines().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Greedy policy")).findFirst().orElseThrow()) + 1;
        List<String> grid = lines.subList(first, first + 6);
        assertTrue(grid.stream().allMatch(l -> l.length() == 9), "the Dyna maze is 6 x 9: " + grid);
        assertEquals('G', grid.get(0).charAt(8), "the goal is top right");
        assertEquals("#", grid.get(1).substring(2, 3), "a wall of the maze");
        char left = grid.get(2).charAt(0);
        assertTrue("^>v".indexOf(left) >= 0, "from the start the greedy way leads toward the goal, not '" + left + "'");
        assertTrue(Files.size(agent.resolve("policy.png")) > 1000 && Files.readString(agent.resolve("policy.svg"))
                .contains("<svg"), "policy.png and policy.svg are written");
    }

    @Test
    void inspectDrawsTheCostToGoSurfaceOfTwoContinuousDimensions() throws Exception {
        Path out = dir.resolve("car");
        Cli.Result run = dyna("run", "--env", "mountain-car", "--model", "no-model", "--values", "linear",
                "--features", "tile-coding", "--update-rule", "sarsa", "--param", "planning-steps=0",
                "--param", "alpha=0.0625", "--param", "epsilon=0", "--param", "gamma=1", "--runs", "1",
                "--episodes", "5", "--save-agents", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        Cli.Result inspect = dyna("inspect", out.toString());
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("Cost-to-go -max_a Q(s, a) over a 40x40 grid"), inspect.out());
        assertTrue(Files.size(out.resolve("agents/run-1/cost-to-go.png")) > 1000);
    }

    /**
     * A SAC agent on box actions is saved whole (learner and model), loads into the same greedy
     * answers, plays its policy in evaluate, and inspect prints its action over a grid of the two
     * observation dimensions.
     */
    @Test
    void aSacAgentIsSavedEvaluatedAndItsPolicyShownOverAGrid() throws Exception {
        Path out = dir.resolve("sac");
        Cli.Result run = dyna("run", "--env", "mountain-car-continuous", "--learner", "sac", "--model", "no-model",
                "--param", "planning-steps=0", "--param", "hidden=8", "--param", "batch-size=16", "--param",
                "learning-starts=20", "--param", "time-limit=40", "--runs", "1", "--episodes", "2", "--save-agents",
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Saved 1 agent under") && run.out().contains("(learner, model, search-control)"),
                run.out());
        Cli.Result evaluate = dyna("evaluate", out.resolve("agents/run-1").toString(), "--episodes", "2");
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().contains("Greedy policy over 2 episodes"), evaluate.out());
        Cli.Result inspect = dyna("inspect", out.toString());
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("The policy's force (no exploration) over a 9x9 grid: position across, "
                + "velocity down"), inspect.out());
        long rows = inspect.out().lines().filter(l -> l.matches("\\s+-?[0-9.]+(\\s+-?[0-9]\\.[0-9]{3}){9}")).count();
        assertEquals(9, rows, "a row of 9 forces per velocity: " + inspect.out());
        Path pendulum = dir.resolve("pendulum");
        assertEquals(0, dyna("run", "--env", "pendulum", "--learner", "sac", "--model", "no-model", "--param",
                "planning-steps=0", "--param", "hidden=8", "--param", "batch-size=16", "--param", "time-limit=30",
                "--runs", "1", "--episodes", "1", "--save-agents", "--out", pendulum.toString()).code());
        Cli.Result angles = dyna("inspect", pendulum.toString());
        assertTrue(angles.out().contains("The policy's torque (no exploration) over a 9x9 grid: angle across, angular "
                + "velocity down"), "over the state's coordinates, not the observation's: " + angles.out());
    }

    @Test
    void evaluatePlaysTheSavedGreedyPolicyTheSameWayEachTime() {
        Path agent = learn("50", 30).resolve("agents/run-2");
        Cli.Result once = dyna("evaluate", agent.toString(), "--episodes", "20");
        Cli.Result twice = dyna("evaluate", agent.toString(), "--episodes", "20");
        assertEquals(0, once.code(), once.err());
        assertEquals(once.out(), twice.out());
        assertTrue(once.out().contains("Greedy policy over 20 episodes") && once.out().contains("steps   mean"),
                once.out());
    }

    /**
     * Evaluating a result directory: after 10 episodes of the Dyna maze the greedy policies of
     * Dyna-Q agents (n = 5) are near the shortest path of 14 steps, those of Q-learning (n = 0,
     * the ablation) still far from it, as the book's Figure 8.3 shows.
     */
    @Test
    void evaluatingAResultDirectoryComparesTheGreedyPoliciesOfEachPoint() {
        Path out = dir.resolve("early");
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--runs", "5",
                "--episodes", "10", "--save-agents", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        Cli.Result all = dyna("evaluate", out.toString(), "--episodes", "10");
        assertEquals(0, all.code(), all.err());
        double withoutPlanning = meanSteps(all.out(), "planning-steps=0");
        double planning = meanSteps(all.out(), "planning-steps=5");
        assertTrue(planning < 20, "Dyna-Q's greedy policy is near the 14-step path: " + all.out());
        assertTrue(withoutPlanning > 2 * planning, "Q-learning's is not yet: " + all.out());
    }

    private static double meanSteps(String table, String point) {
        String line = table.lines().filter(l -> l.startsWith(point + " ")).findFirst().orElseThrow();
        String[] columns = line.trim().split("\\s+");
        return Double.parseDouble(columns[6]);
    }

    /**
     * Going on learning: runs that start from an agent that learned the maze find the goal in
     * their first episode far sooner than fresh agents do (the ablation: the same runs without
     * --load-agent). Measured over 30 runs each: loaded 18.5 steps (sd 2.5, at most 26), fresh 764
     * (57 to 2,741); five fresh runs would all have to beat the shortest of those 30 for the test
     * to fail with a sound store, so a failure means the loaded runs did not start from what was
     * learned.
     */
    @Test
    void aLoadedAgentGoesOnFromWhatItLearned() throws Exception {
        Path agent = learn("50", 30).resolve("agents/run-1");
        Path loaded = dir.resolve("loaded");
        Path fresh = dir.resolve("fresh");
        Cli.Result going = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=50", "--runs", "5",
                "--episodes", "1", "--load-agent", agent.toString(), "--out", loaded.toString());
        Cli.Result ablation = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=50", "--runs", "5",
                "--episodes", "1", "--out", fresh.toString());
        assertEquals(0, going.code(), going.err());
        assertEquals(0, ablation.code(), ablation.err());
        double loadedSteps = meanFirstEpisode(loaded);
        double freshSteps = meanFirstEpisode(fresh);
        assertTrue(loadedSteps < 30, "an agent that learned the maze needs few steps (optimal: 14), not " + loadedSteps);
        assertTrue(freshSteps > 3 * loadedSteps, "fresh agents wander: " + freshSteps + " vs " + loadedSteps);
        assertTrue(Files.readString(loaded.resolve("config.json")).contains("--load-agent " + agent),
                "the results say where the runs started from");
    }

    private static double meanFirstEpisode(Path out) throws Exception {
        return Files.readAllLines(out.resolve("episodes.csv")).stream().skip(1)
                .mapToInt(l -> Integer.parseInt(l.split(",")[2])).average().orElseThrow();
    }

    /** Every part of these agents reads back what it wrote: loaded and saved again, the same bytes. */
    @ParameterizedTest
    @ValueSource(strings = {
        "--env dyna-maze --param planning-steps=5",
        "--env dyna-maze --model tabular-stochastic --planner prioritized-sweeping --param planning-steps=5",
        "--env dyna-maze --planner uniform-expected --param planning-steps=5",
        "--env dyna-maze --model tabular-time --bonus dyna-q-plus --param planning-steps=5",
        "--env random-task --model tabular-stochastic --planner on-policy-expected --param states=20",
        "--env dyna-maze --model replay --search-control recent-states --param planning-steps=5",
        "--env mountain-car --model replay --values linear --features tile-coding --update-rule sarsa "
                + "--param planning-steps=3 --param epsilon=0 --param alpha=0.0625 --param gamma=1",
        "--env boyan-chain --model linear-expectation --planner linear-dyna --search-control unit-features "
                + "--values linear --features boyan-features --param planning-steps=5",
        "--env boyan-chain --model linear-expectation --planner linear-dyna --search-control feature-priority "
                + "--values linear --features boyan-features --param planning-steps=5",
        "--env mountain-car --model linear-expectation --planner linear-dyna --search-control replayed-features "
                + "--values linear --features tile-coding --update-rule sarsa --param planning-steps=2 "
                + "--param epsilon=0 --param alpha=0.0625 --param gamma=1"})
    void aSavedAgentLoadsBackToTheSameBytes(String agent) throws Exception {
        Path out = dir.resolve("saved");
        List<String> args = new java.util.ArrayList<>(List.of("run", "--runs", "1", "--episodes", "3", "--save-agents",
                "--out", out.toString()));
        args.addAll(List.of(agent.split(" ")));
        Cli.Result run = dyna(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        Path saved = out.resolve("agents/run-1");
        LoadedAgent loaded = LoadedAgent.open(saved, ProviderRegistry.discover(), List.of());
        Path again = dir.resolve("again");
        SavedAgent resaved = AgentStore.save(loaded.agent(), loaded.configuration(), "all", 1, loaded.saved().seed(),
                loaded.saved().environmentSeed(), again);
        assertEquals(loaded.saved().parts().keySet(), resaved.parts().keySet());
        assertTrue(resaved.notSaved().isEmpty(), "every part of this agent is saved: " + resaved.notSaved());
        for (SavedAgent.Part part : resaved.parts().values()) {
            assertArrayEquals(Files.readAllBytes(saved.resolve(part.file())), Files.readAllBytes(again.resolve(part.file())),
                    part.file() + " of " + agent);
        }
    }

    @Test
    void anAgentThatDoesNotFitIsRefusedBeforeAnyRunInOneLine() {
        Path agent = learn("5", 2).resolve("agents/run-1");
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--model", "tabular-stochastic", "--runs", "1",
                "--episodes", "1", "--load-agent", agent.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("the saved model is tabular-deterministic (format tabular-deterministic/1), which "
                + "this agent's model, tabular-stochastic, cannot read"), run.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing is written");
    }

    @Test
    void savingAgentsOnAClusterIsRefusedInOneLine() {
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--runs", "1", "--episodes", "1", "--save-agents",
                "--cluster", "127.0.0.1:5799", "--out", dir.resolve("c").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--save-agents and --load-agent work with runs on this machine; drop --cluster"),
                run.err());
    }

    @Test
    void aDamagedOrMissingAgentIsNamedInOneLine() throws Exception {
        Path agent = learn("5", 2).resolve("agents/run-1");
        byte[] values = Files.readAllBytes(agent.resolve("values.bin"));
        Files.write(agent.resolve("values.bin"), java.util.Arrays.copyOf(values, values.length - 3));
        Cli.Result cut = dyna("evaluate", agent.toString());
        assertEquals(2, cut.code());
        assertTrue(cut.err().contains(agent.resolve("values.bin") + " ends too early for format q-table/1"), cut.err());

        Cli.Result none = dyna("inspect", dir.toString() + "/nothing-here");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no such directory"), none.err());
        assertFalse(none.err().contains("Exception"), none.err());
    }
}
