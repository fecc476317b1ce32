package dyna.models.tabular;

import java.util.Arrays;

/**
 * One reward per state-action pair, stored exactly in a byte per pair while the rewards seen
 * take at most 255 distinct values (mazes have two or three), as an index into those values;
 * past that, in a {@code double} per pair. Saves 7 bytes a pair on the worlds that have few
 * rewards, and never rounds one.
 */
final class RewardColumn {

    private static final int MAX_DISTINCT = 255;

    private byte[] codes;
    private double[] distinct = new double[4];
    private int distinctCount;
    private double[] plain;

    RewardColumn(int pairs) {
        this.codes = new byte[pairs];
        this.distinct[0] = 0.0;   // code 0: a pair not yet set reads 0, as a double array would
        this.distinctCount = 1;
    }

    /** The reward of a pair. */
    double get(int pair) {
        return plain != null ? plain[pair] : distinct[codes[pair] & 0xff];
    }

    /** Sets the reward of a pair. */
    void set(int pair, double reward) {
        if (plain != null) {
            plain[pair] = reward;
            return;
        }
        long bits = Double.doubleToRawLongBits(reward);
        for (int code = 0; code < distinctCount; code++) {
            if (Double.doubleToRawLongBits(distinct[code]) == bits) {
                codes[pair] = (byte) code;
                return;
            }
        }
        if (distinctCount < MAX_DISTINCT) {
            if (distinctCount == distinct.length) {
                distinct = Arrays.copyOf(distinct, Math.min(MAX_DISTINCT, 2 * distinct.length));
            }
            distinct[distinctCount] = reward;
            codes[pair] = (byte) distinctCount++;
            return;
        }
        plain = new double[codes.length];
        for (int p = 0; p < codes.length; p++) {
            plain[p] = distinct[codes[p] & 0xff];
        }
        codes = null;
        plain[pair] = reward;
    }
}
