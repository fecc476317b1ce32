package dyna.app.cli;

import dyna.api.provider.ComponentKind;
import dyna.api.run.EpisodeResult;
import dyna.app.agents.GreedyEvaluation;
import dyna.app.agents.LoadedAgent;
import dyna.app.stats.Summary;
import dyna.core.seed.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyna evaluate AGENT_DIR}: plays a saved agent's greedy policy, without learning, and summarises. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Play the greedy policy of an agent saved by 'dyna run ... --save-agents' for some episodes, "
                + "without learning or planning, and print the mean return and episode length with 95% CIs.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(paramLabel = "AGENT_DIR", description = "A saved agent: RESULTS/agents/.../run-N.")
    Path directory;

    @Option(names = "--episodes", paramLabel = "N", defaultValue = "100",
            description = "Episodes to play (default: ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--epsilon", paramLabel = "E", defaultValue = "0",
            description = "Probability of a random action instead of the greedy one (default: ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "Steps after which an episode is cut short (default: the agent's max-episode-steps).")
    Integer maxSteps;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the environment and the tie-breaks (default: one derived from the saved run's).")
    Long seed;

    @Override
    public Integer call() throws IOException {
        if (episodes < 1) {
            throw new UsageException("--episodes must be at least 1, not " + episodes);
        }
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new UsageException("--epsilon must be between 0 and 1, not " + epsilon);
        }
        if (maxSteps != null && maxSteps < 1) {
            throw new UsageException("--max-steps must be at least 1, not " + maxSteps);
        }
        LoadedAgent loaded = InspectCommand.load(directory, plugins);
        int limit = maxSteps != null ? maxSteps : loaded.configuration().settings().maxEpisodeSteps();
        long evaluationSeed = seed != null ? seed : Seeds.derive(loaded.saved().environmentSeed(), "evaluation");
        List<EpisodeResult> results = GreedyEvaluation.play(loaded.agent(), episodes, epsilon, limit, evaluationSeed);
        Summary returns = Summary.of(results.stream().mapToDouble(EpisodeResult::reward).toArray());
        Summary steps = Summary.of(results.stream().mapToDouble(EpisodeResult::steps).toArray());
        long cut = results.stream().filter(EpisodeResult::truncated).count();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Agent %s: %s, after %d episodes and %d real steps of learning%n", directory,
                loaded.saved().spec().component(ComponentKind.ENVIRONMENT), loaded.saved().episodes(),
                loaded.saved().realSteps());
        out.printf(Locale.ROOT, "%s policy over %d episodes (seed %d), no learning:%n",
                epsilon == 0 ? "Greedy" : "Epsilon-greedy (epsilon " + epsilon + ")", episodes, evaluationSeed);
        out.printf(Locale.ROOT, "  return  mean %s (95%% CI %s to %s)%n", number(returns.mean()), number(returns.low()),
                number(returns.high()));
        out.printf(Locale.ROOT, "  steps   mean %s (95%% CI %s to %s); %d of %d cut short at %d steps%n",
                number(steps.mean()), number(steps.low()), number(steps.high()), cut, episodes, limit);
        out.flush();
        return 0;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4g", value);
    }
}
