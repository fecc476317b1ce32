package dyna.experiment.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Corrections for testing many cells at once, so that "significant" keeps its meaning: Holm's
 * step-down method bounds the chance of any false positive (family-wise error rate);
 * Benjamini–Hochberg bounds the expected share of false positives among the cells called
 * significant (false discovery rate). Both return adjusted p-values to compare with alpha;
 * NaN p-values (cells not tested) stay NaN and do not count.
 */
public enum MultipleComparisons {
    /** Holm (1979), family-wise error rate. */
    HOLM("Holm's correction, family-wise error rate"),
    /** Benjamini and Hochberg (1995), false discovery rate. */
    BH("Benjamini-Hochberg correction, false discovery rate"),
    /** No correction: each cell on its own. */
    NONE("no correction for multiple comparisons");

    private final String description;

    MultipleComparisons(String description) {
        this.description = description;
    }

    /** What the correction is, for the report. */
    public String description() {
        return description;
    }

    /** The correction named {@code holm}, {@code bh} or {@code none}. */
    public static MultipleComparisons named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown correction '" + name + "'; valid: holm, bh, none");
        }
    }

    /** The adjusted p-values, in the order given. */
    public double[] adjust(double[] p) {
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int m = order.length;
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        switch (this) {
            case NONE -> {
                for (int i : order) {
                    adjusted[i] = p[i];
                }
            }
            case HOLM -> {
                double running = 0;
                for (int k = 0; k < m; k++) {
                    running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
                    adjusted[order[k]] = running;
                }
            }
            case BH -> {
                double running = 1;
                for (int k = m - 1; k >= 0; k--) {
                    running = Math.min(running, Math.min(1, p[order[k]] * m / (k + 1)));
                    adjusted[order[k]] = running;
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return adjusted;
    }
}
