package dyna.experiment.agents;

import com.google.inject.Module;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved agent brought back: its configuration resolved against the loaded providers, a fresh
 * agent of that configuration with the saved run's seeds, and the saved parts read into it.
 *
 * @param saved         what {@code agent.json} says
 * @param configuration the agent's configuration
 * @param agent         the agent, holding what it had learned
 */
public record LoadedAgent(SavedAgent saved, AgentConfiguration configuration, DynaAgent agent) {

    /**
     * Loads the agent saved in {@code directory}.
     *
     * @param modules Guice modules of plugins, installed as {@code dyna run} installs them
     * @throws IOException naming what is missing or does not fit
     * @throws dyna.core.registry.ConfigurationException when a component it needs is not loaded
     */
    public static LoadedAgent open(Path directory, ProviderRegistry registry, List<Module> modules)
            throws IOException {
        SavedAgent saved = SavedAgent.read(directory);
        AgentConfiguration configuration = AgentConfiguration.resolve(registry, saved.spec());
        DynaAgent agent = AgentFactory.of(configuration, modules.toArray(Module[]::new))
                .create(saved.seed(), saved.environmentSeed());
        AgentStore.load(saved, directory, agent, configuration);
        return new LoadedAgent(saved, configuration, agent);
    }
}
