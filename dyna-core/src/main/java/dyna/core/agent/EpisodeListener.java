package dyna.core.agent;

/**
 * Told of every finished episode of every run, for logging or metrics. Contributed with a
 * Guice multibinding ({@link dyna.core.compose.Slots#episodeListeners}), by a user's module or a
 * plugin's. Called on the run's own thread, so it must be thread-safe if it keeps state.
 */
@FunctionalInterface
public interface EpisodeListener {

    /**
     * An episode ended.
     *
     * @param runSeed the seed of the run it belongs to, which identifies the run
     * @param episode its number in the run, from 1
     * @param result  what it gave
     */
    void episodeEnded(long runSeed, long episode, EpisodeResult result);
}
