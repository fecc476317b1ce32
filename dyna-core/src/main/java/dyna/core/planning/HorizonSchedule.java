package dyna.core.planning;

/**
 * The rollout horizon k as a function of the number of real steps taken: fixed, or MBPO's
 * linear schedule from {@code from} to {@code to} over {@code steps} real steps (then {@code
 * to}), rounded down as MBPO does.
 *
 * @param from  k at the first real step
 * @param to    k once {@code steps} real steps are taken
 * @param steps the real steps over which k moves from {@code from} to {@code to}
 */
record HorizonSchedule(int from, int to, long steps) {

    /** A horizon that does not change. */
    static HorizonSchedule fixed(int horizon) {
        return new HorizonSchedule(horizon, horizon, 1);
    }

    /** k after {@code realSteps} real steps. */
    int at(long realSteps) {
        if (realSteps >= steps) {
            return to;
        }
        return (int) Math.floor(from + (to - from) * (double) realSteps / steps);
    }
}
