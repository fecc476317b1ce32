package dyna.examples.windy;

import dyna.api.run.EpisodeListener;
import dyna.api.run.EpisodeResult;

/**
 * An episode listener the plugin contributes ({@code provides dyna.api.run.EpisodeListener}): it
 * reports every 10th episode of each run on standard error when the system property
 * {@code windy.report} is set (for example {@code DYNA_JAVA_OPTS=-Dwindy.report=true}).
 */
public final class WindyReport implements EpisodeListener {

    private final boolean report = Boolean.getBoolean("windy.report");

    @Override
    public void episodeEnded(long runSeed, long episode, EpisodeResult result) {
        if (report && episode % 10 == 0) {
            System.err.println("[windy] run " + Long.toHexString(runSeed) + ", episode " + episode + ": "
                    + result.steps() + " steps");
        }
    }
}
