package dyna.app.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Component choices and parameter values as given on the command line ({@code --model A,B},
 * {@code --param NAME=VALUE[,VALUE...]}) and the grid of points they span: every combination of
 * the listed values, the first dimension varying slowest.
 */
public final class Sweep {

    private final Map<String, List<String>> values;

    private Sweep(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * A sweep over component choices (for example {@code model} to a list of ids), which vary
     * slowest, and over parameters given as {@code NAME=VALUE[,VALUE...]} options.
     *
     * @throws IllegalArgumentException for a malformed option, a parameter given twice, or a
     *                                  parameter named like a component dimension
     */
    public static Sweep of(Map<String, List<String>> components, List<String> options) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        components.forEach((name, ids) -> values.put(name, checked("--" + name + " " + String.join(",", ids), ids)));
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param '" + option + "': expected NAME=VALUE[,VALUE...]");
            }
            String name = option.substring(0, eq).strip();
            if (components.containsKey(name)) {
                throw new IllegalArgumentException("--param " + name + ": choose the " + name + " with --" + name);
            }
            List<String> list = Arrays.stream(option.substring(eq + 1).split(",", -1)).map(String::strip).toList();
            if (values.put(name, checked("--param '" + option + "'", list)) != null) {
                throw new IllegalArgumentException("--param " + name + " is given twice; list its values in one "
                        + "option, as " + name + "=A,B");
            }
        }
        return new Sweep(values);
    }

    private static List<String> checked(String option, List<String> list) {
        if (list.size() > 1 && list.contains("")) {
            throw new IllegalArgumentException(option + ": a value in the list is empty");
        }
        if (list.size() != list.stream().distinct().count()) {
            throw new IllegalArgumentException(option + ": a value is listed twice");
        }
        return List.copyOf(list);
    }

    /** The swept dimensions (those with several values), in order: components first. */
    public List<String> sweptNames() {
        return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** The values given for each dimension, in order: components first. */
    public Map<String, List<String>> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Every point of the grid. */
    public List<SweepPoint> points() {
        List<SweepPoint> points = new ArrayList<>();
        expand(new ArrayList<>(values.keySet()), 0, new LinkedHashMap<>(), points);
        return points;
    }

    private void expand(List<String> names, int index, Map<String, String> chosen, List<SweepPoint> out) {
        if (index == names.size()) {
            Map<String, String> swept = new LinkedHashMap<>();
            for (String name : sweptNames()) {
                swept.put(name, chosen.get(name));
            }
            out.add(new SweepPoint(Map.copyOf(chosen), Collections.unmodifiableMap(swept)));
            return;
        }
        String name = names.get(index);
        for (String value : values.get(name)) {
            chosen.put(name, value);
            expand(names, index + 1, chosen, out);
            chosen.remove(name);
        }
    }
}
