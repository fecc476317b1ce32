package dyna.api.provider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolved values of a component's declared parameters: every declared parameter has a
 * value (given or default), checked against its type and range.
 */
public final class Parameters {

    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Resolves given values against declarations. Names that are given but not declared are
     * ignored here: the caller decides whether that is an error.
     *
     * @throws IllegalArgumentException naming the first parameter whose value is not valid
     */
    public static Parameters resolve(List<ParameterSpec> specs, Map<String, String> given) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            String text = given.getOrDefault(spec.name(), spec.defaultValue());
            resolved.put(spec.name(), spec.parse(text));
        }
        return new Parameters(resolved);
    }

    /** Every declared parameter at its default. */
    public static Parameters defaults(List<ParameterSpec> specs) {
        return resolve(specs, Map.of());
    }

    /** The value of an integer parameter. */
    public int getInt(String name) {
        return ((Number) get(name)).intValue();
    }

    /** The value of a real parameter (an integer parameter is widened). */
    public double getDouble(String name) {
        return ((Number) get(name)).doubleValue();
    }

    /** The value of a text parameter. */
    public String getText(String name) {
        return get(name).toString();
    }

    /** Every resolved value by name, in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    "parameter '" + name + "' is not declared; declared: " + values.keySet());
        }
        return value;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
