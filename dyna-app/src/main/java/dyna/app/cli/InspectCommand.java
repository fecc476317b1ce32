package dyna.app.cli;

import dyna.experiment.agents.AgentInspection;
import dyna.experiment.agents.LoadedAgent;
import dyna.experiment.agents.SavedAgent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyna inspect DIR}: prints and draws what saved agents learned. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print and draw what an agent saved by 'dyna run ... --save-agents' learned: in grid mazes the "
                + "greedy policy as arrows over a heat map of state values (policy.png and .svg), over two continuous "
                + "dimensions such as Mountain Car's the cost-to-go surface (cost-to-go.png and .svg). The pictures "
                + "are written into the agent's directory.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(paramLabel = "DIR", description = "A saved agent (RESULTS/agents/.../run-N), or a result directory: "
            + "every agent saved in it.")
    Path directory;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> agents = agents(directory);
        for (Path agent : agents) {
            out.print(AgentInspection.inspect(load(agent, plugins), agent));
            out.flush();
        }
        return 0;
    }

    /** The saved agents in {@code directory}: itself, or every one below it, in order. */
    static List<Path> agents(Path directory) throws IOException {
        if (Files.isRegularFile(directory.resolve(SavedAgent.FILE)) || !Files.isDirectory(directory)) {
            return List.of(directory);
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals(SavedAgent.FILE))
                    .map(Path::getParent).sorted().toList();
            if (found.isEmpty()) {
                throw new UsageException(directory + " holds no saved agent; save agents with 'dyna run ... "
                        + "--save-agents', which writes them under RESULTS/agents/");
            }
            return found;
        }
    }

    /** Loads a saved agent, a usage error naming what is wrong when it cannot be. */
    static LoadedAgent load(Path directory, PluginOptions plugins) {
        if (!Files.isDirectory(directory)) {
            throw new UsageException(directory + ": no such directory; give a saved agent, RESULTS/agents/.../run-N");
        }
        try {
            return LoadedAgent.open(directory, plugins.registry(), plugins.guiceModules());
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
