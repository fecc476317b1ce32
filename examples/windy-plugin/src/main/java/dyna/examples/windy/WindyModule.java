package dyna.examples.windy;

import com.google.inject.AbstractModule;
import dyna.core.compose.Slots;

/**
 * A Guice module the plugin contributes ({@code provides com.google.inject.Module}): it adds an
 * episode listener that reports every 10th episode of each run on standard error when the
 * system property {@code windy.report} is set (for example {@code DYNA_JAVA_OPTS=-Dwindy.report=true}).
 */
public final class WindyModule extends AbstractModule {

    @Override
    protected void configure() {
        boolean report = Boolean.getBoolean("windy.report");
        Slots.episodeListeners(binder()).addBinding().toInstance((run, episode, result) -> {
            if (report && episode % 10 == 0) {
                System.err.println("[windy] run " + Long.toHexString(run) + ", episode " + episode + ": "
                        + result.steps() + " steps");
            }
        });
    }
}
