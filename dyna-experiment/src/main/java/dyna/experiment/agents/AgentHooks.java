package dyna.experiment.agents;

import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.RunHooks;
import dyna.core.agent.DynaAgent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
            SavedAgent agentSaved = AgentStore.save(agent, point.configuration(), point.point().label(), run + 1,
                    ExperimentRunner.runSeed(point, run), ExperimentRunner.environmentSeed(point, run),
                    directory(saveUnder, point, run));
            agentSaved.parts().forEach((name, part) -> parts.put(name, part.component()));
            notSaved.putAll(agentSaved.notSaved());
            saved.incrementAndGet();
        }
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
