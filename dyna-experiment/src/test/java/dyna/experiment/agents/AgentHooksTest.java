package dyna.experiment.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.core.agent.DynaAgent;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.reader.ExperimentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of {@code --save-agents} and {@code --load-agent}: each run's agent is saved under its
 * point and run number with its seeds, the user is told what was saved and what not (and why), an
 * agent learned in another world is named once before any run, and a part that does not fit or is
 * missing is named with what would fit.
 */
class AgentHooksTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover(List.of(new ForgetfulModels()));

    @TempDir
    Path dir;

    private ExperimentPlan plan(String environment, String model) throws IOException {
        Path file = dir.resolve(environment + "-" + model + ".yaml");
        Files.writeString(file, """
                environment: %s
                model: %s
                parameters:
                  planning-steps: [0, 5]
                runs: 2
                stop: {episodes: 1}
                """.formatted(environment, model));
        return ExperimentPlan.of(ExperimentFile.read(file), REGISTRY, List.of());
    }

    /** Runs every run of the plan for an episode, through the hooks as the runner calls them. */
    private static void runAll(ExperimentPlan plan, AgentHooks hooks) throws IOException {
        for (ExperimentPoint point : plan.points()) {
            for (int run = 0; run < 2; run++) {
                DynaAgent agent = point.agents().create(ExperimentRunner.runSeed(point, run),
                        ExperimentRunner.environmentSeed(point, run));
                hooks.starting(point, run, agent);
                agent.runEpisode();
                hooks.finished(point, run, agent);
            }
        }
    }

    @Test
    void everyRunIsSavedUnderItsPointAndRunAndTheUserIsToldWhatWasNotSaved() throws IOException {
        Path agents = dir.resolve("results/agents");
        AgentHooks hooks = new AgentHooks(agents, null, null);
        assertEquals("", hooks.report(), "nothing saved yet, nothing said");
        ExperimentPlan plan = plan("dyna-maze", "forgetful");
        runAll(plan, hooks);
        for (ExperimentPoint point : plan.points()) {
            for (int run = 0; run < 2; run++) {
                Path saved = AgentHooks.directory(agents, point, run);
                assertEquals(agents.resolve(point.point().label()).resolve("run-" + (run + 1)), saved);
                SavedAgent agent = SavedAgent.read(saved);
                assertEquals(run + 1, agent.run(), "runs are numbered from 1");
                assertEquals(point.point().label(), agent.point());
                assertEquals(ExperimentRunner.runSeed(point, run), agent.seed());
                assertEquals(ExperimentRunner.environmentSeed(point, run), agent.environmentSeed());
                assertEquals(Map.of("model", "forgetful does not implement dyna.api.save.Savable"), agent.notSaved(),
                        "what was not saved is read back");
                assertTrue(Files.readString(saved.resolve(SavedAgent.FILE)).endsWith("}\n"), "a text file ends a line");
            }
        }
        assertEquals("Saved 4 agents under " + agents + " (search-control, values); not saved: model, as "
                + "forgetful does not implement dyna.api.save.Savable" + System.lineSeparator(), hooks.report());
    }

    @Test
    void anAgentsFolderThatIsALinkIsNotWrittenThrough() throws IOException {
        Path results = Files.createDirectories(dir.resolve("results"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(results.resolve("agents"), elsewhere);
        AgentHooks hooks = new AgentHooks(results.resolve("agents"), null, null);
        assertThrows(IOException.class, () -> runAll(plan("dyna-maze", "tabular-deterministic"), hooks));
        try (var written = Files.list(elsewhere)) {
            assertEquals(0, written.count(), "nothing written through the link");
        }
    }

    @Test
    void anAgentLearnedInAnotherWorldIsNamedOnceAndEveryRunStartsFromIt() throws IOException {
        Path agents = dir.resolve("results/agents");
        ExperimentPlan maze = plan("dyna-maze", "tabular-deterministic");
        runAll(maze, new AgentHooks(agents, null, null));
        Path saved = AgentHooks.directory(agents, maze.points().get(1), 0);

        List<String> notes = new ArrayList<>();
        SavedAgent same = AgentHooks.startingFrom(saved, maze, notes::add);
        assertEquals(List.of(), notes, "the same world: nothing to say");
        AgentHooks.startingFrom(saved, plan("blocking-maze", "tabular-deterministic"), notes::add);
        assertEquals(List.of("the agent of --load-agent learned in dyna-maze (change-at=0, scale=1); it goes on "
                + "learning in blocking-maze (change-at=1000, scale=1)"), notes, "once for two points");
        assertEquals("cart-pole", AgentHooks.environment(dyna.core.compose.AgentSpec.dynaQ("cart-pole")),
                "no parameters, no brackets");

        AgentHooks loading = new AgentHooks(null, same, saved);
        ExperimentPoint point = maze.points().get(0);
        DynaAgent fresh = point.agents().create(1, 1);
        loading.starting(point, 0, fresh);
        DynaAgent learned = point.agents().create(1, 1);
        AgentStore.load(same, saved, learned, point.configuration());
        assertEquals(learned.table().get(0, 0), fresh.table().get(0, 0));
        assertTrue(java.util.stream.IntStream.range(0, 54).anyMatch(s -> fresh.table().get(s, 0) != 0
                || fresh.table().get(s, 1) != 0 || fresh.table().get(s, 2) != 0 || fresh.table().get(s, 3) != 0),
                "the run starts from what was learned");
        assertEquals("", loading.report(), "loading saves nothing");
    }

    @Test
    void aPartThatDoesNotFitOrIsMissingIsNamedWithWhatWouldFit() throws IOException {
        Path agents = dir.resolve("results/agents");
        ExperimentPlan maze = plan("dyna-maze", "tabular-deterministic");
        runAll(maze, new AgentHooks(agents, null, null));
        Path saved = AgentHooks.directory(agents, maze.points().get(1), 0);
        String misfit = assertThrows(IOException.class, () -> AgentHooks.startingFrom(saved,
                plan("dyna-maze", "tabular-stochastic"), note -> { })).getMessage();
        String format = SavedAgent.read(saved).parts().get("model").format();
        assertTrue(misfit.startsWith("the saved model is tabular-deterministic (format " + format + "), which this "
                + "agent's model, tabular-stochastic, cannot read (it reads "), misfit);

        Files.delete(saved.resolve("values.bin"));
        assertEquals(saved.resolve("values.bin") + " is not a regular file (it is missing)", assertThrows(
                IOException.class, () -> AgentHooks.startingFrom(saved, maze, note -> { })).getMessage());
        Files.createDirectory(saved.resolve("values.bin"));
        assertEquals(saved.resolve("values.bin") + " is not a regular file (a link, a FIFO, a device or a directory)",
                assertThrows(IOException.class, () -> AgentHooks.startingFrom(saved, maze, note -> { })).getMessage());
    }

    /** A model that remembers nothing and is not savable (as a plugin's model may be). */
    public static final class ForgetfulModels implements ModelProvider {
        @Override
        public String id() {
            return "forgetful";
        }

        @Override
        public String description() {
            return "remembers nothing";
        }

        @Override
        public Model create(Parameters parameters, ComponentContext context) {
            return new Model() {
                @Override
                public void observe(Transition real) {
                }

                @Override
                public boolean knows(Transition query) {
                    return false;
                }

                @Override
                public void sample(Transition query) {
                    throw new IllegalStateException("knows nothing");
                }
            };
        }
    }
}
