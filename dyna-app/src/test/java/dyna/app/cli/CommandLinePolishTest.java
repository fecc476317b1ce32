package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Shell completion and "did you mean" for mistyped options, commands and ids. */
class CommandLinePolishTest {

    @Test
    void theCompletionScriptCompletesEveryCommandAndItsOptionsForDynaAndTheLauncher() {
        Cli.Result result = dyna("completion", "bash");
        assertEquals(0, result.code(), result.err());
        String script = result.out();
        assertTrue(script.contains("complete -F _complete_dyna -o default ./dyna"), "the launcher is completed");
        for (String word : java.util.List.of("list", "run", "merge", "cluster", "compare", "bench", "--episodes",
                "--until-optimal", "--cluster-id")) {
            assertTrue(script.contains(word), word + " is completed");
        }
        java.util.Map<String, String> values = new java.util.HashMap<>();
        script.lines().filter(line -> line.contains("_option_args=(") && line.contains("# --")).forEach(line ->
                values.put(line.substring(line.lastIndexOf("# ") + 2), line));
        assertTrue(values.get("--env values").contains("\"dyna-maze\"") && values.get("--env values")
                .contains("\"cart-pole\""), "--env completes environment ids: " + values.get("--env values"));
        assertTrue(values.get("--model values").contains("\"neural-ensemble\""), values.get("--model values"));
        assertTrue(values.get("--planner values").contains("\"prioritized-sweeping\""), values.get("--planner values"));
        assertTrue(values.get("--param values").contains("\"planning-steps=\"") && values.get("--param values")
                .contains("\"max-episode-steps=\""), "--param completes parameter names: " + values.get("--param values"));
    }

    @Test
    void aCommandLineIsBuiltWithTheNamedCommandAloneAndWithAllForHelpCompletionOrAMistypedName() {
        assertEquals(java.util.List.of(RunCommand.class), DynaCommand.commandsFor("--verbose", "run", "--env", "x"));
        assertEquals(java.util.List.of(ListCommand.class), DynaCommand.commandsFor("list"));
        for (String[] args : java.util.List.of(new String[] {"help", "run"}, new String[] {"completion", "bash"},
                new String[] {"rum"}, new String[] {"--help"}, new String[0])) {
            java.util.List<Class<?>> all = DynaCommand.commandsFor(args);
            assertTrue(all.size() > 10 && all.contains(RunCommand.class) && all.contains(BenchCommand.class),
                    String.join(" ", args) + " gets every command: " + all);
        }
        Cli.Result help = dyna("help", "run");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: dyna run"), help.out());
    }

    @Test
    void everyDescriptionIsAValidFormatSoHelpPrintsItWithoutAWarning() {
        // picocli formats descriptions with String.format; a bare % made it print a warning and
        // the raw text (dyna evaluate's "95% CIs" did)
        java.util.Deque<CommandLine> commands = new java.util.ArrayDeque<>(java.util.List.of(DynaCommand.commandLine()));
        int checked = 0;
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            commands.addAll(command.getSubcommands().values());
            java.util.List<String> texts = new java.util.ArrayList<>(
                    java.util.List.of(command.getCommandSpec().usageMessage().description()));
            command.getCommandSpec().options().forEach(o -> texts.addAll(java.util.List.of(o.description())));
            for (String text : texts) {
                String name = command.getCommandSpec().qualifiedName();
                assertDoesNotThrow(() -> String.format(text), name + ": " + text);
                checked++;
            }
        }
        assertTrue(checked > 100, checked + " descriptions");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Cli.Result result = dyna("completion", "fish");
        assertEquals(2, result.code());
        assertEquals("dyna completion: cannot write a completion script for 'fish'; valid: bash, zsh",
                result.err().strip());
    }

    @Test
    void aMistypedOptionOrCommandGetsTheNearestOne() {
        Cli.Result option = dyna("run", "--env", "dyna-maze", "--episode", "3");
        assertEquals(2, option.code());
        assertEquals("dyna run: Unknown option: '--episode'; did you mean --episodes? (see 'dyna run --help')",
                option.err().strip());
        Cli.Result command = dyna("rum");
        assertEquals(2, command.code());
        assertTrue(command.err().startsWith("dyna: Unmatched argument at index 0: 'rum'; did you mean run?"),
                command.err());
    }

    @Test
    void aMistypedIdOrParameterGetsTheNearestOne() {
        Cli.Result id = dyna("run", "--env", "dyna-maz", "--episodes", "2", "--runs", "1", "--out", "unused");
        assertEquals(2, id.code());
        assertTrue(id.err().strip().endsWith("; did you mean 'dyna-maze'?"), id.err());
        Cli.Result parameter = dyna("run", "--env", "dyna-maze", "--param", "alpah=0.1", "--episodes", "2");
        assertEquals(2, parameter.code());
        assertTrue(parameter.err().strip().endsWith("; did you mean 'alpha'?"), parameter.err());
    }

    @Test
    void aDryRunPrintsThePointsAndTheRunCountAndWritesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path out = dir.resolve("out");
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--param",
                "alpha=0.1,0.5", "--runs", "4", "--episodes", "3", "--dry-run", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("""
                dyna-maze: 4 sweep points x 4 runs = 16 runs, stop episodes=3, seed 1; nothing was run (--dry-run)
                every point: model=tabular-deterministic, planner=random-sample, search-control=planner-default, \
                bonus=none, update-rule=q-learning, policy=epsilon-greedy, values=tabular, features=one-hot
                   1  planning-steps=0, alpha=0.1
                   2  planning-steps=0, alpha=0.5
                   3  planning-steps=5, alpha=0.1
                   4  planning-steps=5, alpha=0.5
                """, result.out());
        assertTrue(java.nio.file.Files.notExists(out), "nothing is written");
        Cli.Result learner = dyna("run", "--env", "pendulum", "--learner", "sac", "--model", "no-model", "--param",
                "planning-steps=0", "--dry-run");
        assertEquals(0, learner.code(), learner.err());
        assertTrue(learner.out().contains("every point: model=no-model, planner=random-sample, "
                + "search-control=planner-default, learner=sac, planning-steps=0\n"), "the parts a learner replaces are "
                + "not listed: " + learner.out());
        Cli.Result boxActions = dyna("run", "--env", "pendulum", "--dry-run");
        assertEquals(2, boxActions.code());
        assertEquals("dyna run: values tabular keep a value per discrete action, but environment pendulum has actions "
                + "in box([-2.0], [2.0]), which the Dyna agent's values cannot hold; for box([-1.0, -1.0, -8.0], [1.0, 1.0, "
                + "8.0]) observations and box([-2.0], [2.0]) actions, loaded components that fit: learner sac; model "
                + "neural-ensemble, no-model, true-model", boxActions.err().strip());
        Cli.Result learnerWithoutModel = dyna("run", "--env", "pendulum", "--learner", "sac", "--dry-run");
        assertEquals(2, learnerWithoutModel.code());
        assertTrue(learnerWithoutModel.err().strip().endsWith("actions, loaded components that fit: model "
                + "neural-ensemble, no-model, true-model"), "a fitting learner is not suggested again, the model is: "
                + learnerWithoutModel.err());
        Cli.Result wrong = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=-1", "--dry-run");
        assertEquals(2, wrong.code(), "a dry run checks the experiment as a run does");
    }
}
