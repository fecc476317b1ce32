package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sweep spans the product of its dimensions; dimensions grouped together vary as one. */
class SweepTest {

    private static Map<String, List<String>> dimensions() {
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        dimensions.put("model", List.of("no-model", "neural-ensemble", "true-model"));
        dimensions.put("alpha", List.of("0.1", "0.5"));
        dimensions.put("planning-steps", List.of("0", "400", "400"));
        dimensions.put("updates-per-step", List.of("1", "10", "10"));
        return dimensions;
    }

    private static List<String> labels(Sweep sweep) {
        return sweep.points().stream().map(SweepPoint::label).toList();
    }

    @Test
    void groupedDimensionsGoTogetherAndTheRestSpanTheirProduct() {
        Sweep sweep = Sweep.of(dimensions(), List.of(List.of("model", "planning-steps", "updates-per-step")));
        assertEquals(List.of(
                "model=no-model, alpha=0.1, planning-steps=0, updates-per-step=1",
                "model=no-model, alpha=0.5, planning-steps=0, updates-per-step=1",
                "model=neural-ensemble, alpha=0.1, planning-steps=400, updates-per-step=10",
                "model=neural-ensemble, alpha=0.5, planning-steps=400, updates-per-step=10",
                "model=true-model, alpha=0.1, planning-steps=400, updates-per-step=10",
                "model=true-model, alpha=0.5, planning-steps=400, updates-per-step=10"), labels(sweep));
        assertEquals(12 * 3, Sweep.of(Map.of("a", List.of("1", "2", "3"), "b", List.of("1", "2", "3", "4"),
                "c", List.of("x", "y", "z")), List.of(List.of("a", "c"))).points().size() * 3,
                "a group of three values times four: 12 points");
    }

    @Test
    void withoutGroupsAValueListedTwiceIsRefusedAsBefore() {
        assertEquals("planning-steps: a value is listed twice",
                assertThrows(IllegalArgumentException.class, () -> Sweep.of(dimensions())).getMessage());
    }

    @Test
    void aGroupMustNameKnownDimensionsOfEqualLengthsAndDistinctCombinations() {
        assertEquals("together: 'planing-steps' is not a component kind or parameter of this experiment; it has model, "
                + "alpha, planning-steps, updates-per-step", assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(dimensions(), List.of(List.of("model", "planing-steps")))).getMessage());
        assertEquals("together: model, alpha must list as many values each, but model lists 3 and alpha 2",
                assertThrows(IllegalArgumentException.class,
                        () -> Sweep.of(dimensions(), List.of(List.of("model", "alpha")))).getMessage());
        assertEquals("together: planning-steps, updates-per-step list the values 400, 10 twice",
                assertThrows(IllegalArgumentException.class, () -> Sweep.of(dimensions(),
                        List.of(List.of("planning-steps", "updates-per-step")))).getMessage());
        assertEquals("together: 'model' is in a group twice", assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(dimensions(), List.of(List.of("model", "planning-steps"),
                        List.of("model", "updates-per-step")))).getMessage());
    }
}
