package dyna.app.bench;

/**
 * The figures of one benchmark run.
 *
 * @param frameworkUpdatesPerSecond        Dyna-Q planning updates per second through the SPIs
 * @param baselineUpdatesPerSecond         the same updates by the hand-written loop
 * @param ratio                            framework / baseline
 * @param frameworkBytesPerPlanningUpdate  heap bytes allocated per planning update (framework)
 * @param frameworkBytesPerRealStep        heap bytes allocated per real step over 2,000 episodes
 *                                         after learning, including the one result object per
 *                                         episode (framework)
 * @param updatesPerRound                  planning updates timed per round and side
 * @param rounds                           rounds per side; the median is reported
 */
public record PlanningBenchmarkResult(double frameworkUpdatesPerSecond, double baselineUpdatesPerSecond, double ratio,
        double frameworkBytesPerPlanningUpdate, double frameworkBytesPerRealStep, long updatesPerRound, int rounds) {
}
