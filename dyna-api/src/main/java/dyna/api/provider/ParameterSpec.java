package dyna.api.provider;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A declared parameter of a component: its kebab-case name, type, default, inclusive valid
 * range (numbers only), valid choices (text only) and meaning.
 *
 * @param name         kebab-case name as users write it, for example {@code planning-steps}
 * @param type         how the value is parsed
 * @param defaultValue the value used when none is given, as text
 * @param min          the smallest valid value (numbers only; {@code -Infinity} for none)
 * @param max          the largest valid value (numbers only; {@code Infinity} for none)
 * @param description  one line that says what the parameter means
 * @param choices      the valid values of a text parameter, or empty for any text
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, double min, double max,
        String description, List<String> choices) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Checks that the declaration itself is sound: a kebab-case name and a valid default. */
    public ParameterSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (name == null || !KEBAB.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name '" + name + "' is not kebab-case");
        }
        if (min > max) {
            throw new IllegalArgumentException("parameter " + name + ": min " + min + " > max " + max);
        }
        choices = List.copyOf(choices == null ? List.of() : choices);
        if (!choices.isEmpty() && (type != ParameterType.TEXT || !choices.contains(defaultValue))) {
            throw new IllegalArgumentException("parameter " + name + ": choices are for text parameters, and the "
                    + "default '" + defaultValue + "' must be one of them");
        }
    }

    /** A parameter with no list of choices. */
    public ParameterSpec(String name, ParameterType type, String defaultValue, double min, double max,
            String description) {
        this(name, type, defaultValue, min, max, description, List.of());
    }

    /** A real parameter with an inclusive range. */
    public static ParameterSpec real(String name, double defaultValue, double min, double max, String description) {
        ParameterSpec spec = new ParameterSpec(name, ParameterType.REAL, format(defaultValue), min, max, description);
        spec.parse(spec.defaultValue());
        return spec;
    }

    /** An integer parameter with an inclusive range. */
    public static ParameterSpec integer(String name, int defaultValue, int min, int max, String description) {
        ParameterSpec spec = new ParameterSpec(
                name, ParameterType.INTEGER, Integer.toString(defaultValue), min, max, description);
        spec.parse(spec.defaultValue());
        return spec;
    }

    /** A text parameter; an empty default means "not given". */
    public static ParameterSpec text(String name, String defaultValue, String description) {
        return new ParameterSpec(
                name, ParameterType.TEXT, defaultValue, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * A text parameter that takes one of a few values, checked by the framework and shown by
     * {@code dyna list}, for example {@code choice("propagation", "random-member",
     * List.of("random-member", "mean"), ...)}.
     */
    public static ParameterSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new ParameterSpec(name, ParameterType.TEXT, defaultValue, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, description, choices);
    }

    /** A file parameter (see {@link ParameterType#FILE}); an empty default means "none". */
    public static ParameterSpec file(String name, String description) {
        return new ParameterSpec(
                name, ParameterType.FILE, "", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /**
     * Parses and checks one value given as text.
     *
     * @return an {@link Integer}, {@link Double} or {@link String} (text and file), by type
     * @throws IllegalArgumentException with a message naming the parameter and what is valid
     */
    public Object parse(String text) {
        String value = text.strip();
        switch (type) {
            case INTEGER -> {
                int parsed;
                try {
                    parsed = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw invalid(text, "a whole number in " + range());
                }
                checkRange(text, parsed);
                return parsed;
            }
            case REAL -> {
                double parsed;
                try {
                    parsed = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw invalid(text, "a number in " + range());
                }
                if (Double.isNaN(parsed)) {
                    throw invalid(text, "a number in " + range());
                }
                checkRange(text, parsed);
                return parsed;
            }
            default -> {
                if (!choices.isEmpty() && !choices.contains(value)) {
                    throw invalid(text, "one of " + String.join(", ", choices));
                }
                return choices.isEmpty() ? text : value;
            }
        }
    }

    /**
     * The valid range as users read it, for example {@code [0, 1]}, or the choices of a text
     * parameter, {@code {random-member, mean}}; empty for free text.
     */
    public String range() {
        if (!choices.isEmpty()) {
            return "{" + String.join(", ", choices) + "}";
        }
        if (type == ParameterType.TEXT || type == ParameterType.FILE) {
            return "";
        }
        return "[" + format(min) + ", " + format(max) + "]";
    }

    private void checkRange(String text, double value) {
        if (value < min || value > max) {
            throw invalid(text, "a value in " + range());
        }
    }

    private IllegalArgumentException invalid(String text, String valid) {
        return new IllegalArgumentException(
                "parameter " + name + ": '" + text + "' is not valid; expected " + valid);
    }

    private static String format(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Double.toString(value);
    }
}
