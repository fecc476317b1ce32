package dyna.api.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSpecTest {

    private final ParameterSpec alpha = ParameterSpec.real("alpha", 0.1, 0, 1, "step size");
    private final ParameterSpec steps = ParameterSpec.integer("planning-steps", 5, 0, 1000, "n");

    @Test
    void parsesValuesInRange() {
        assertEquals(0.5, alpha.parse("0.5"));
        assertEquals(50, steps.parse(" 50 "));
    }

    @Test
    void valueOutOfRangeNamesTheParameterAndItsRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> alpha.parse("1.5"));
        assertEquals("parameter alpha: '1.5' is not valid; expected a value in [0, 1]", e.getMessage());
    }

    @Test
    void valueOfTheWrongTypeSaysWhatIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> steps.parse("2.5"));
        assertEquals("parameter planning-steps: '2.5' is not valid; expected a whole number in [0, 1000]",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> alpha.parse("NaN"));
    }

    @Test
    void namesMustBeKebabCase() {
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.real("Alpha", 0.1, 0, 1, "x"));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.real("planning_steps", 1, 0, 1, "x"));
    }

    @Test
    void defaultsMustLieInTheirOwnRange() {
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.integer("n", 5, 10, 20, "x"));
    }

    @Test
    void parametersResolveGivenValuesAndDefaults() {
        Parameters p = Parameters.resolve(List.of(alpha, steps), Map.of("planning-steps", "50", "other", "x"));
        assertEquals(0.1, p.getDouble("alpha"));
        assertEquals(50, p.getInt("planning-steps"));
        assertEquals(List.of("alpha", "planning-steps"), List.copyOf(p.asMap().keySet()));
        assertThrows(IllegalArgumentException.class, () -> p.getInt("other"));
    }

    @Test
    void aTextParameterWithChoicesTakesOnlyThoseAndSaysWhichAreValid() {
        ParameterSpec propagation = ParameterSpec.choice("propagation", "random-member", List.of("random-member", "mean"),
                "how predictions are propagated");
        assertEquals("mean", propagation.parse(" mean "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> propagation.parse("median"));
        assertEquals("parameter propagation: 'median' is not valid; expected one of random-member, mean", e.getMessage());
        assertEquals("{random-member, mean}", propagation.range());
        assertEquals("anything", ParameterSpec.text("note", "", "free text").parse("anything"));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.choice("p", "x", List.of("a", "b"), "d"),
                "the default must be a choice");
    }
}
