package dyna.app.output;

/** Formatting of CSV fields (RFC 4180 quoting, numbers in a locale-free form). */
final class Csv {

    private Csv() {
    }

    /** A text field, quoted when it holds a comma, quote or line break. */
    static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A number, without a trailing {@code .0} for whole values. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
