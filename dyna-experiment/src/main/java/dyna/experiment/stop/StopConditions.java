package dyna.experiment.stop;

import dyna.experiment.StopCondition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every protocol by its key, with the settings it takes, as experiment files name them
 * ({@code stop: {episodes: 50}}, {@code stop: {until-optimal: {path-factor: 1.2}}},
 * {@code stop: {until-solved: {return: 475, window: 10}}}).
 */
public final class StopConditions {

    /** A protocol's settings as a file gives them; errors name where each setting stands. */
    public interface Settings {
        /** A whole number setting in [min, max], or {@code otherwise} when absent (null: required). */
        long whole(String name, long min, long max, Long otherwise);

        /** A real number setting in [min, max], or {@code otherwise} when absent (null: required). */
        double real(String name, double min, double max, Double otherwise);
    }

    /**
     * One protocol.
     *
     * @param key      its key, for example {@code episodes}
     * @param settings the names of its settings; a protocol with one setting may also be given
     *                 as a single value ({@code episodes: 50})
     * @param create   makes it from its settings
     */
    public record Kind(String key, List<String> settings, Function<Settings, StopCondition> create) {
    }

    /** Every protocol. */
    public static final List<Kind> KINDS = List.of(
            new Kind("episodes", List.of("count"),
                    s -> new Episodes((int) s.whole("count", 1, Integer.MAX_VALUE, null))),
            new Kind("steps", List.of("count"),
                    s -> new Steps((int) s.whole("count", 1, Integer.MAX_VALUE, null))),
            new Kind("until-optimal", List.of("path-factor", "max-updates"),
                    s -> new UntilOptimal(s.real("path-factor", 1, 1e9, UntilOptimal.DEFAULT_PATH_FACTOR),
                            s.whole("max-updates", 1, Long.MAX_VALUE, UntilOptimal.DEFAULT_MAX_UPDATES))),
            new Kind("until-solved", List.of("return", "window", "max-steps"),
                    s -> new UntilSolved(s.real("return", -1e12, 1e12, null),
                            (int) s.whole("window", 1, UntilSolved.MAX_WINDOW, (long) UntilSolved.DEFAULT_WINDOW),
                            s.whole("max-steps", 1, Long.MAX_VALUE, UntilSolved.DEFAULT_MAX_STEPS))),
            new Kind("planning-only", List.of("updates", "checkpoints"),
                    s -> planningOnly((int) s.whole("updates", 1, Integer.MAX_VALUE, null),
                            (int) s.whole("checkpoints", 1, 100_000, (long) PlanningOnly.DEFAULT_CHECKPOINTS))));

    private StopConditions() {
    }

    /** The protocol of a key. */
    public static Optional<Kind> find(String key) {
        return KINDS.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** The keys of every protocol, in order. */
    public static List<String> keys() {
        return KINDS.stream().map(Kind::key).toList();
    }

    private static PlanningOnly planningOnly(int updates, int checkpoints) {
        return new PlanningOnly(updates, checkpoints);
    }

    static void atLeastOne(String what, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, not " + value);
        }
    }
}
