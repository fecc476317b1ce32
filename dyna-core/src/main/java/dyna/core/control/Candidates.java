package dyna.core.control;

/**
 * An optimiser's population: the candidate sequences, one after another, and their values, with
 * room made for the proposals that join the drawn ones (TD-MPC's plans from the policy).
 */
final class Candidates {

    private final int length;
    private double[] sequences;
    private double[] values;

    /** Room for {@code count} sequences of {@code length} entries. */
    Candidates(int count, int length) {
        this.length = length;
        this.sequences = new double[count * length];
        this.values = new double[count];
    }

    /**
     * Makes room for {@code total} candidates (growing only when a call needs more than any
     * before) and copies the {@code count} proposals to the front; the rest are the caller's to draw.
     */
    void admit(double[] proposals, int count, int total) {
        if (values.length < total) {
            sequences = new double[total * length];
            values = new double[total];
        }
        if (count > 0) {
            System.arraycopy(proposals, 0, sequences, 0, count * length);
        }
    }

    /** The candidates, one after another. */
    double[] sequences() {
        return sequences;
    }

    /** A value per candidate, written by the objective. */
    double[] values() {
        return values;
    }
}
