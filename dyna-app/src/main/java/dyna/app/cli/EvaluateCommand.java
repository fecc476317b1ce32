package dyna.app.cli;

import dyna.api.provider.ComponentKind;
import dyna.api.run.EpisodeResult;
import dyna.experiment.agents.GreedyEvaluation;
import dyna.experiment.agents.LoadedAgent;
import dyna.experiment.stats.Summary;
import dyna.core.seed.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyna evaluate AGENT_DIR}: plays a saved agent's greedy policy, without learning, and summarises. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Play the greedy policy of an agent saved by 'dyna run ... --save-agents' (or of every agent "
                + "saved in a result directory, summarised per sweep point) for some episodes, without learning or "
                + "planning, and print the mean return and episode length with 95%% CIs.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(paramLabel = "DIR", description = "A saved agent (RESULTS/agents/.../run-N), or a result directory: "
            + "every agent saved in it, summarised per sweep point.")
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
        List<Path> agents = InspectCommand.agents(directory);
        PrintWriter out = spec.commandLine().getOut();
        if (agents.size() == 1 && agents.get(0).equals(directory)) {
            LoadedAgent loaded = InspectCommand.load(directory, plugins);
            int limit = limit(loaded);
            long evaluationSeed = seed(loaded);
            List<EpisodeResult> results = GreedyEvaluation.play(loaded.agent(), episodes, epsilon, limit, evaluationSeed);
            Summary returns = Summary.of(results.stream().mapToDouble(EpisodeResult::reward).toArray());
            Summary steps = Summary.of(results.stream().mapToDouble(EpisodeResult::steps).toArray());
            long cut = results.stream().filter(EpisodeResult::truncated).count();
            out.printf(Locale.ROOT, "Agent %s: %s, after %d episodes and %d real steps of learning%n", directory,
                    loaded.saved().spec().component(ComponentKind.ENVIRONMENT), loaded.saved().episodes(),
                    loaded.saved().realSteps());
            out.printf(Locale.ROOT, "%s over %d episodes (seed %d), no learning:%n", policy(), episodes, evaluationSeed);
            out.printf(Locale.ROOT, "  return  mean %s (95%% CI %s to %s)%n", number(returns.mean()),
                    number(returns.low()), number(returns.high()));
            out.printf(Locale.ROOT, "  steps   mean %s (95%% CI %s to %s); %d of %d cut short at %d steps%n",
                    number(steps.mean()), number(steps.low()), number(steps.high()), cut, episodes, limit);
        } else {
            evaluateAll(agents, out);
        }
        out.flush();
        return 0;
    }

    /**
     * Every agent of a result directory, each over the episodes, summarised per sweep point: the
     * mean over its agents of each agent's mean return and steps, with a 95% interval over agents.
     */
    private void evaluateAll(List<Path> agents, PrintWriter out) {
        Map<String, List<double[]>> byPoint = new TreeMap<>();
        String environment = "";
        for (Path agent : agents) {
            LoadedAgent loaded = InspectCommand.load(agent, plugins);
            environment = loaded.saved().spec().component(ComponentKind.ENVIRONMENT);
            List<EpisodeResult> results = GreedyEvaluation.play(loaded.agent(), episodes, epsilon, limit(loaded),
                    seed(loaded));
            byPoint.computeIfAbsent(loaded.saved().point(), p -> new ArrayList<>()).add(new double[] {
                results.stream().mapToDouble(EpisodeResult::reward).average().orElseThrow(),
                results.stream().mapToDouble(EpisodeResult::steps).average().orElseThrow()});
        }
        out.printf(Locale.ROOT, "%s of the %d agents saved in %s (%s), %d episodes each, no learning; per sweep point, "
                + "the mean over its agents with a 95%% CI:%n", policy(), agents.size(), directory, environment, episodes);
        int width = Math.max(5, byPoint.keySet().stream().mapToInt(String::length).max().orElse(5));
        out.printf(Locale.ROOT, "%-" + width + "s  %6s  %-30s  %s%n", "point", "agents", "return", "steps");
        byPoint.forEach((point, means) -> {
            Summary returns = Summary.of(means.stream().mapToDouble(m -> m[0]).toArray());
            Summary steps = Summary.of(means.stream().mapToDouble(m -> m[1]).toArray());
            out.printf(Locale.ROOT, "%-" + width + "s  %6d  %-30s  %s%n", point, means.size(), interval(returns),
                    interval(steps));
        });
    }

    private int limit(LoadedAgent loaded) {
        return maxSteps != null ? maxSteps : loaded.configuration().settings().maxEpisodeSteps();
    }

    private long seed(LoadedAgent loaded) {
        return seed != null ? seed : Seeds.derive(loaded.saved().environmentSeed(), "evaluation");
    }

    private String policy() {
        return epsilon == 0 ? "Greedy policy" : "Epsilon-greedy policy (epsilon " + epsilon + ")";
    }

    private static String interval(Summary summary) {
        return number(summary.mean()) + " (" + number(summary.low()) + " to " + number(summary.high()) + ")";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4g", value);
    }
}
