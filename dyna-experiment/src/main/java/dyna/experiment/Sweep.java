package dyna.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid of points that lists of values span: every combination of the listed values, the
 * first dimension varying slowest. A dimension is a component kind (by label) or a parameter.
 */
public final class Sweep {

    private final Map<String, List<String>> values;

    private Sweep(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * A sweep over dimensions in order.
     *
     * @throws IllegalArgumentException for a dimension with no value or a value listed twice
     */
    public static Sweep of(Map<String, List<String>> dimensions) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        dimensions.forEach((name, list) -> {
            if (list.isEmpty()) {
                throw new IllegalArgumentException(name + " has no value");
            }
            if (list.size() != list.stream().distinct().count()) {
                throw new IllegalArgumentException(name + ": a value is listed twice");
            }
            values.put(name, List.copyOf(list));
        });
        return new Sweep(values);
    }

    /** The swept dimensions (those with several values), in order. */
    public List<String> sweptNames() {
        return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** The values given for each dimension, in order. */
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
