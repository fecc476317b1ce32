package dyna.api.provider;

/** The type of a declared parameter: how its text is parsed and what range applies. */
public enum ParameterType {
    /** A whole number ({@code int}); range applies. */
    INTEGER,
    /** A real number ({@code double}); range applies. */
    REAL,
    /** Free text; no range. */
    TEXT,
    /**
     * A file name, read as text; empty for none. A relative name in an experiment file is
     * resolved against that file's directory, and a run is identified by the file's content,
     * not its name.
     */
    FILE;

    /** The name shown to users. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
