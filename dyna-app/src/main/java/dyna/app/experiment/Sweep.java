package dyna.app.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values as given on the command line, {@code NAME=VALUE[,VALUE...]}, and the grid
 * of points they span: every combination of the listed values, the first parameter varying
 * slowest.
 */
public final class Sweep {

    private final Map<String, List<String>> values;

    private Sweep(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Parses {@code NAME=VALUE[,VALUE...]} options.
     *
     * @throws IllegalArgumentException for a malformed option or a parameter given twice
     */
    public static Sweep parse(List<String> options) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param '" + option + "': expected NAME=VALUE[,VALUE...]");
            }
            String name = option.substring(0, eq).strip();
            List<String> list = Arrays.stream(option.substring(eq + 1).split(",", -1)).map(String::strip).toList();
            if (list.size() > 1 && list.contains("")) {
                throw new IllegalArgumentException("--param '" + option + "': a value in the list is empty");
            }
            if (list.size() != list.stream().distinct().count()) {
                throw new IllegalArgumentException("--param '" + option + "': a value is listed twice");
            }
            if (values.put(name, list) != null) {
                throw new IllegalArgumentException("--param " + name + " is given twice; list its values in one "
                        + "option, as " + name + "=A,B");
            }
        }
        return new Sweep(values);
    }

    /** The swept parameter names (those with several values), in the order given. */
    public List<String> sweptNames() {
        return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** The values given for each parameter, in the order given. */
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
