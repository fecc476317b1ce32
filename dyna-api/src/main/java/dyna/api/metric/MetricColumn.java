package dyna.api.metric;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One value a metric gives per episode: a column of {@code episodes.csv}, a name an experiment
 * lists under {@code metrics:}.
 *
 * @param name        snake_case, unique among the columns of every metric loaded (for example {@code value_error})
 * @param nonNegative whether its values are never below 0 (counts, errors): a chart's confidence
 *                    band is then cut at 0
 * @param description one line that says what it measures
 */
public record MetricColumn(String name, boolean nonNegative, String description) {

    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** Checks the name and the description. */
    public MetricColumn {
        if (name == null || !SNAKE.matcher(name).matches()) {
            throw new IllegalArgumentException("metric column '" + name + "' is not snake_case (lower-case words "
                    + "joined by '_')");
        }
        Objects.requireNonNull(description, "description");
        if (description.isBlank() || description.contains("\n")) {
            throw new IllegalArgumentException("metric column " + name + " needs a one-line description");
        }
    }
}
