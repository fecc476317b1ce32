package dyna.app.experiment;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One combination of parameter values in a sweep.
 *
 * @param parameters every given parameter with its value at this point
 * @param swept      the swept parameters only (those given several values), in the order given
 */
public record SweepPoint(Map<String, String> parameters, Map<String, String> swept) {

    /** A label such as {@code planning-steps=5}, or {@code all} when nothing is swept. */
    public String label() {
        if (swept.isEmpty()) {
            return "all";
        }
        return swept.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
