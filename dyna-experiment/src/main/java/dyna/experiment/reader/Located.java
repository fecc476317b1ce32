package dyna.experiment.reader;

import java.util.List;
import java.util.Map;

/**
 * A value read from an experiment file with where it stands: a map (keys in file order), a
 * list, or a scalar as text.
 *
 * @param value  a {@code Map<String, Located>}, a {@code List<Located>} or a {@code String}
 * @param scalar whether the value is a scalar (quoted or not)
 * @param where  {@code file:line:column}
 * @param keys   for a map, where each key stands; empty otherwise
 */
public record Located(Object value, boolean scalar, String where, Map<String, String> keys) {

    /** A list or scalar. */
    public Located(Object value, boolean scalar, String where) {
        this(value, scalar, where, Map.of());
    }

    /** Where {@code key} of this map stands (this value's place if unknown). */
    public String keyWhere(String key) {
        return keys.getOrDefault(key, where);
    }

    /** The map, or an error naming what was expected. */
    @SuppressWarnings("unchecked")
    public Map<String, Located> map(String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Located>) map;
        }
        throw new IllegalArgumentException(where + ": " + what + " must be a mapping of keys to values");
    }

    /** The items: those of a list, or this value alone. */
    @SuppressWarnings("unchecked")
    public List<Located> items() {
        return value instanceof List<?> list ? (List<Located>) list : List.of(this);
    }

    /** The scalar text, or an error naming what was expected. */
    public String text(String what) {
        if (!scalar) {
            throw new IllegalArgumentException(where + ": " + what + " must be a single value");
        }
        return (String) value;
    }
}
