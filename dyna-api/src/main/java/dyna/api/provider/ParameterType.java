package dyna.api.provider;

/** The type of a declared parameter: how its text is parsed and what range applies. */
public enum ParameterType {
    /** A whole number ({@code int}); range applies. */
    INTEGER,
    /** A real number ({@code double}); range applies. */
    REAL,
    /** Free text, such as a file name; no range. */
    TEXT;

    /** The name shown to users. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
