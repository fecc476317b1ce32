package dyna.experiment.output;

/** Text made safe to put in HTML. */
final class Html {

    private Html() {
    }

    /** {@code &}, {@code <}, {@code >} and {@code "} escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
