package dyna.api.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A box's dimensions may be named, for charts; the names are labels, not part of equality. */
class BoxTest {

    private final Box box = new Box(new double[] {-1.2, -0.07}, new double[] {0.5, 0.07});

    @Test
    void namesItsDimensionsAsGivenOrByIndex() {
        assertEquals("x[1]", box.name(1));
        Box named = box.named("position", "velocity");
        assertEquals("position", named.name(0));
        assertEquals("velocity", named.name(1));
        assertEquals(box, named);
        assertEquals(box.describe(), named.describe());
    }

    @Test
    void refusesANameMissingOrBlank() {
        assertThrows(IllegalArgumentException.class, () -> box.named("position"));
        assertThrows(IllegalArgumentException.class, () -> box.named("position", " "));
    }
}
