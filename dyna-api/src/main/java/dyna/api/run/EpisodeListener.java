package dyna.api.run;

/**
 * Told of every finished episode of every run, for logging or metrics. A plugin contributes one
 * with {@code provides dyna.api.run.EpisodeListener with ...} (found by {@link
 * java.util.ServiceLoader}, one instance for all runs); code that composes agents adds one with
 * Guice ({@code Slots.episodeListeners(binder).addBinding()}). Called on the run's own thread,
 * so it must be thread-safe if it keeps state, and must be quick.
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
