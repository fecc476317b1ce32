package dyna.experiment;

import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * When a run stops, and everything that follows from it: how a run is run, what it measures,
 * the files and summary it writes and its entry in {@code config.json}. Adding a protocol is one
 * class implementing this (and its entry in {@code dyna.experiment.stop.StopConditions}).
 */
public interface StopCondition {

    /** The key naming this protocol in experiment files and {@code config.json}, for example {@code episodes}. */
    String key();

    /** Its settings as written to {@code config.json}: a number, or a map of named settings in a fixed order. */
    Object settings();

    /**
     * Its settings as an experiment file's {@code stop:} section gives them under {@link #key()}
     * (the same as {@link #settings()} unless some come from elsewhere, such as {@code metrics:}).
     */
    default Object fileSettings() {
        return settings();
    }

    /** A canonical text of the protocol and its settings; part of every run's identity. */
    default String identity() {
        return key() + "=" + settings();
    }

    /**
     * Refuses, before the first run, a configuration this protocol cannot run (for example one
     * whose environment gives no transition table).
     *
     * @param probe an agent of the configuration, created with the master seed
     * @throws IllegalArgumentException saying what is missing
     */
    default void check(DynaAgent probe) {
    }

    /** About how many bytes one run's result takes in memory (all runs are kept until the files are written). */
    long bytesPerRun();

    /**
     * How much of a run is done, from 0 to 1, judged from what its agent has done so far: for a
     * progress display, read from another thread while the run goes on (a slightly stale count is
     * fine). Where the end is not known in advance (until solved, until optimal) it is the share
     * of the cap, so an estimate of the time left errs long. By default 0 until the run ends.
     */
    default double progress(dyna.core.agent.AgentCounters done) {
        return 0;
    }

    /**
     * The x value at each index of a run's series that follow x (episodes 1 to n, steps, the
     * updates at each checkpoint), as the data file writes them; empty for a protocol that gives
     * one value per run. Streams such as TensorBoard's read a series this long as a curve, and
     * any other as values of the run.
     */
    default double[] xValues() {
        return new double[0];
    }

    /** Runs a fresh agent until this condition holds. */
    RunResult run(DynaAgent agent, AgentConfiguration configuration);

    /** The measures a run gives, the first being the one charted. */
    List<Measure> measures();

    /**
     * Columns a run always gives besides {@link #measures()}, written to the data file, that an
     * experiment may also ask to summarise (for example {@code truncated}).
     */
    default List<Measure> alsoMeasured() {
        return List.of();
    }

    /**
     * Whether a run measures episode by episode, so that an experiment may add any loaded metric
     * to it ({@code metrics: [value_error]}).
     */
    default boolean measuresEpisodes() {
        return false;
    }

    /** The metrics an experiment added, measured after every episode; none by default. */
    default List<ChosenMetric> metrics() {
        return List.of();
    }

    /**
     * This protocol measuring the metrics chosen too (which then become part of its identity, so
     * that runs with and without them are never mixed); itself for one that {@linkplain
     * #measuresEpisodes() measures no episode}.
     */
    default StopCondition withMetrics(List<ChosenMetric> chosen) {
        return this;
    }

    /**
     * Writes the tidy data file, {@code summary.csv} and the chart (PNG and SVG) into a directory.
     *
     * @param directory   where to write
     * @param table       the results
     * @param measures    the measures to summarise (a non-empty subset of {@link #measures()})
     * @param environment the environment's id, for titles
     * @param seed        the master seed, for the printed summary
     * @return what was written
     */
    WrittenResults write(Path directory, ResultTable table, List<Measure> measures, String environment, long seed,
            ChartOptions chart) throws IOException;
}
