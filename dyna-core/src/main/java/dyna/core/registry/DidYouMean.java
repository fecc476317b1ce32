package dyna.core.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The valid name a mistyped one most likely meant, for "did you mean" in error messages: the
 * nearest by edit distance (insertions, deletions, substitutions and swaps of neighbours), if
 * at most a third of the name (and at least one edit) away and nearer than any other; else the
 * only valid name that starts with it.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** {@code "; did you mean 'x'?"} for the name meant, or empty text if none is likely. */
    public static String suggestion(String given, Collection<String> valid) {
        return closest(given, valid).map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    /** The name most likely meant, if one is likely. */
    public static Optional<String> closest(String given, Collection<String> valid) {
        if (given == null || given.isEmpty() || valid.contains(given)) {
            return Optional.empty();
        }
        int limit = Math.max(1, given.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String name : valid) {
            int d = distance(given.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        if (best != null && bestDistance <= limit && !tie) {
            return Optional.of(best);
        }
        List<String> extending = valid.stream().filter(name -> name.startsWith(given)).toList();
        return extending.size() == 1 ? Optional.of(extending.get(0)) : Optional.empty();
    }

    /** The optimal string alignment distance between two texts. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
