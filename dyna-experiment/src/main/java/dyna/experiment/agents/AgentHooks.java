package dyna.experiment.agents;

import dyna.api.provider.ComponentKind;
import dyna.core.compose.AgentSpec;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.RunHooks;
import dyna.core.agent.DynaAgent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hooks of {@code dyna run --load-agent DIR --save-agents}: every run's agent starts from a
 * saved agent, if one is given, and is saved after its run, if asked, under {@code
 * RESULTS/agents/POINT/run-N}.
 */
public final class AgentHooks implements RunHooks {

    private final Path saveUnder;
    private final SavedAgent start;
    private final Path startFrom;
    private final AtomicInteger saved = new AtomicInteger();
    private final Map<String, String> parts = new ConcurrentSkipListMap<>();
    private final Map<String, String> notSaved = new ConcurrentSkipListMap<>();

    /**
     * @param saveUnder where agents are saved ({@code RESULTS/agents}), or null for nowhere
     * @param start     the saved agent every run starts from, or null for fresh agents
     * @param startFrom the directory of {@code start}
     */
    public AgentHooks(Path saveUnder, SavedAgent start, Path startFrom) {
        this.saveUnder = saveUnder;
        this.start = start;
        this.startFrom = startFrom;
    }

    @Override
    public void starting(ExperimentPoint point, int run, DynaAgent agent) throws IOException {
        if (start != null) {
            AgentStore.load(start, startFrom, agent, point.configuration());
        }
    }

    @Override
    public void finished(ExperimentPoint point, int run, DynaAgent agent) throws IOException {
        if (saveUnder != null) {
            Path directory = directory(saveUnder, point, run);
            // Nothing under the result directory is written through a link (an agents/ that points elsewhere).
            dyna.experiment.output.AtomicFiles.requireNoLinks(saveUnder.toAbsolutePath().getParent(), directory);
            SavedAgent agentSaved = AgentStore.save(agent, point.configuration(), point.point().label(), run + 1,
                    ExperimentRunner.runSeed(point, run), ExperimentRunner.environmentSeed(point, run), directory);
            agentSaved.parts().forEach((name, part) -> parts.put(name, part.component()));
            notSaved.putAll(agentSaved.notSaved());
            saved.incrementAndGet();
        }
    }

    /**
     * The agent saved in {@code directory}, checked against every point of the experiment by
     * loading it into a probe agent of each, so that a misfit is one message before any run.
     *
     * @param notes told one line when the agent learned in another environment (or with other
     *              environment parameters) than the one it goes on learning in
     * @throws IOException saying what does not fit, and where
     */
    public static SavedAgent startingFrom(Path directory, ExperimentPlan plan, Consumer<String> notes)
            throws IOException {
        SavedAgent saved = SavedAgent.read(directory);
        String learnedIn = environment(saved.spec());
        boolean told = false;
        for (ExperimentPoint point : plan.points()) {
            String here = environment(point.configuration().spec());
            if (!here.equals(learnedIn) && !told) {
                notes.accept("the agent of --load-agent learned in " + learnedIn + "; it goes on learning in " + here);
                told = true;
            }
            AgentStore.load(saved, directory, point.agents().create(point.seed()), point.configuration());
        }
        return saved;
    }

    /** The environment of a spec and its parameters, as users read them: {@code dyna-maze (change-at=0, scale=1)}. */
    static String environment(AgentSpec agent) {
        String prefix = ComponentKind.ENVIRONMENT.label() + ".";
        String parameters = new TreeMap<>(agent.parameters()).entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && !e.getValue().isEmpty())
                .map(e -> e.getKey().substring(prefix.length()) + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return agent.component(ComponentKind.ENVIRONMENT) + (parameters.isEmpty() ? "" : " (" + parameters + ")");
    }

    /**
     * What was saved, for the user: how many agents, which parts, and which parts were not saved
     * and why; empty when nothing was saved here.
     */
    public String report() {
        if (saved.get() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("Saved " + saved.get() + " agent" + (saved.get() == 1 ? "" : "s")
                + " under " + saveUnder + " (" + String.join(", ", parts.keySet()) + ")");
        notSaved.forEach((name, why) -> text.append("; not saved: ").append(name).append(", as ").append(why));
        return text.append(System.lineSeparator()).toString();
    }

    /**
     * Where run {@code run} (0-based) of a point is saved: {@code run-N} (from 1) in a folder named
     * after the swept values, such as {@code planning-steps=5}, or directly under {@code agents}
     * when nothing is swept.
     */
    public static Path directory(Path agents, ExperimentPoint point, int run) {
        String name = "run-" + (run + 1);
        if (point.point().swept().isEmpty()) {
            return agents.resolve(name);
        }
        String folder = point.point().label().replace(", ", ",").replaceAll("[^A-Za-z0-9=,._+-]", "_");
        return agents.resolve(folder).resolve(name);
    }
}
