package dyna.experiment;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One combination of parameter values in a sweep.
 *
 * @param values every dimension (component choice or parameter) with its value at this point
 * @param swept  the swept dimensions only (those given several values), in order
 */
public record SweepPoint(Map<String, String> values, Map<String, String> swept) {

    /** A label such as {@code planning-steps=5}, or {@code all} when nothing is swept. */
    public String label() {
        if (swept.isEmpty()) {
            return "all";
        }
        return swept.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
