package dyna.core.control;

/** The indices of the highest values of a population, best first; a NaN value ranks below every number. */
final class Elites {

    private Elites() {
    }

    /** Fills {@code into} with the indices of the {@code into.length} highest of {@code values[0, n)}, best first. */
    static void select(double[] values, int n, int[] into) {
        int filled = 0;
        for (int i = 0; i < n; i++) {
            double v = rank(values[i]);
            if (filled == into.length && v <= rank(values[into[filled - 1]])) {
                continue;
            }
            int at = Math.min(filled, into.length - 1);
            while (at > 0 && rank(values[into[at - 1]]) < v) {
                into[at] = into[at - 1];
                at--;
            }
            into[at] = i;
            filled = Math.min(filled + 1, into.length);
        }
    }

    private static double rank(double value) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }
}
