package dyna.experiment.agents;

import dyna.api.provider.ComponentKind;
import dyna.api.save.Savable;
import dyna.experiment.output.ConfigurationReport;
import dyna.core.agent.AgentCounters;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves what an agent learned into a directory, and loads it into a fresh agent of the same
 * configuration: each part whose component is {@link Savable} in a file of its own, then {@code
 * agent.json} last, so that a directory with an {@code agent.json} is whole.
 */
public final class AgentStore {

    private AgentStore() {
    }

    /**
     * Saves {@code agent} into {@code directory}, creating it.
     *
     * @param configuration the agent's configuration
     * @param point         the label of its sweep point
     * @param run           its run number at the point, from 1
     * @return what was saved and what not
     */
    public static SavedAgent save(DynaAgent agent, AgentConfiguration configuration, String point, int run, long seed,
            long environmentSeed, Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, SavedAgent.Part> parts = new LinkedHashMap<>();
        Map<String, String> notSaved = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : agent.learnedParts().entrySet()) {
            String name = entry.getKey();
            String component = component(configuration, name);
            if (entry.getValue() instanceof Savable part) {
                String file = name + ".bin";
                PartFiles.write(directory.resolve(file), part);
                parts.put(name, new SavedAgent.Part(component, part.format(), file));
            } else {
                notSaved.put(name, component + " does not implement " + Savable.class.getName());
            }
        }
        AgentCounters counters = agent.counters();
        SavedAgent saved = new SavedAgent(ConfigurationReport.dynaVersion(), configuration.spec(), point, run, seed, environmentSeed,
                counters.episodes(), counters.realSteps(), parts, notSaved);
        saved.write(directory);
        return saved;
    }

    /**
     * Loads the parts saved in {@code directory} into {@code agent}, fresh, whose configuration
     * is {@code configuration}. A saved part the agent has no use for (the visit clock of an agent
     * with no bonus) is left out; parts not saved stay fresh.
     *
     * @throws IOException when a part does not fit the agent's component (another kind of model,
     *                     other sizes), naming both, or its file is damaged
     */
    public static void load(SavedAgent saved, Path directory, DynaAgent agent, AgentConfiguration configuration)
            throws IOException {
        Map<String, Object> own = agent.learnedParts();
        for (Map.Entry<String, SavedAgent.Part> entry : saved.parts().entrySet()) {
            String name = entry.getKey();
            SavedAgent.Part part = entry.getValue();
            if (!own.containsKey(name)) {
                continue;
            }
            if (!(own.get(name) instanceof Savable component) || !component.reads(part.format())) {
                String mine = component(configuration, name);
                throw new IOException("the saved " + name + " is " + part.component() + " (format " + part.format()
                        + "), which this agent's " + name + ", " + mine + ", cannot read"
                        + (own.get(name) instanceof Savable s ? " (it reads " + s.format() + ")" : ""));
            }
            PartFiles.read(directory.resolve(part.file()), part.format(), component);
        }
    }

    /** The id of the component that holds a part: parts are named by their kind, the agent's own (its clock) not. */
    private static String component(AgentConfiguration configuration, String part) {
        return configuration.components().keySet().stream().filter(kind -> kind.label().equals(part)).findFirst()
                .map(kind -> configuration.component(kind).provider().id()).orElse("agent");
    }
}
