package dyna.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The points that lists of values span: every combination of the listed values, the first
 * dimension varying slowest; dimensions grouped {@code together} vary as one, the i-th value of
 * each with the i-th of the others (a group counts as one dimension, where its first member
 * stands). A dimension is a component kind (by label) or a parameter.
 */
public final class Sweep {

    private final Map<String, List<String>> values;
    private final List<List<String>> together;

    private Sweep(Map<String, List<String>> values, List<List<String>> together) {
        this.values = values;
        this.together = together;
    }

    /**
     * A grid over dimensions in order.
     *
     * @throws IllegalArgumentException for a dimension with no value or a value listed twice
     */
    public static Sweep of(Map<String, List<String>> dimensions) {
        return of(dimensions, List.of());
    }

    /**
     * A sweep over dimensions in order, with groups of dimensions that go together.
     *
     * @throws IllegalArgumentException for a dimension with no value or a value listed twice (in a
     *                                  dimension alone; in a group, a combination listed twice), or
     *                                  a group that names an unknown dimension, a dimension twice, or
     *                                  dimensions with different numbers of values
     */
    public static Sweep of(Map<String, List<String>> dimensions, List<List<String>> together) {
        Set<String> grouped = new HashSet<>();
        for (List<String> group : together) {
            if (group.size() < 2) {
                throw new IllegalArgumentException("together: a group needs two or more dimensions, not " + group);
            }
            int size = -1;
            for (String name : group) {
                if (!dimensions.containsKey(name)) {
                    throw new IllegalArgumentException("together: '" + name + "' is not a component kind or parameter "
                            + "of this experiment; it has " + String.join(", ", dimensions.keySet()));
                }
                if (!grouped.add(name)) {
                    throw new IllegalArgumentException("together: '" + name + "' is in a group twice");
                }
                int n = dimensions.get(name).size();
                if (size >= 0 && n != size) {
                    throw new IllegalArgumentException("together: " + String.join(", ", group) + " must list as many "
                            + "values each, but " + group.get(0) + " lists " + size + " and " + name + " " + n);
                }
                size = n;
            }
            Set<List<String>> tuples = new HashSet<>();
            for (int i = 0; i < size; i++) {
                List<String> tuple = new ArrayList<>();
                for (String name : group) {
                    tuple.add(dimensions.get(name).get(i));
                }
                if (!tuples.add(tuple)) {
                    throw new IllegalArgumentException("together: " + String.join(", ", group) + " list the values "
                            + String.join(", ", tuple) + " twice");
                }
            }
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        dimensions.forEach((name, list) -> {
            if (list.isEmpty()) {
                throw new IllegalArgumentException(name + " has no value");
            }
            if (!grouped.contains(name) && list.size() != list.stream().distinct().count()) {
                throw new IllegalArgumentException(name + ": a value is listed twice");
            }
            values.put(name, List.copyOf(list));
        });
        return new Sweep(values, together.stream().map(List::copyOf).toList());
    }

    /** The swept dimensions (those with several values), in order. */
    public List<String> sweptNames() {
        return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** The values given for each dimension, in order. */
    public Map<String, List<String>> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Every point: the product of the dimensions, each group of dimensions that go together counting as one. */
    public List<SweepPoint> points() {
        List<List<String>> axes = new ArrayList<>();   // each a dimension alone or a group
        Set<String> placed = new HashSet<>();
        for (String name : values.keySet()) {
            if (placed.contains(name)) {
                continue;
            }
            List<String> axis = together.stream().filter(g -> g.contains(name)).findFirst().orElse(List.of(name));
            placed.addAll(axis);
            axes.add(axis);
        }
        List<SweepPoint> points = new ArrayList<>();
        expand(axes, 0, new LinkedHashMap<>(), points);
        return points;
    }

    private void expand(List<List<String>> axes, int index, Map<String, String> chosen, List<SweepPoint> out) {
        if (index == axes.size()) {
            Map<String, String> swept = new LinkedHashMap<>();
            for (String name : sweptNames()) {
                swept.put(name, chosen.get(name));
            }
            out.add(new SweepPoint(Map.copyOf(chosen), Collections.unmodifiableMap(swept)));
            return;
        }
        List<String> axis = axes.get(index);
        for (int i = 0; i < values.get(axis.get(0)).size(); i++) {
            for (String name : axis) {
                chosen.put(name, values.get(name).get(i));
            }
            expand(axes, index + 1, chosen, out);
            for (String name : axis) {
                chosen.remove(name);
            }
        }
    }
}
