package dyna.api.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dyna.api.space.Box;
import dyna.api.space.Discrete;
import org.junit.jupiter.api.Test;

/** A transition carries a discrete or a box action beside its observations, copied and shown with them. */
class TransitionTest {

    private static final Box OBSERVATIONS = new Box(new double[] {-1, -1}, new double[] {1, 1});
    private static final Box TORQUE = new Box(new double[] {-2}, new double[] {2});

    @Test
    void aBufferIsShapedByItsSpaces() {
        Transition box = new Transition(OBSERVATIONS, TORQUE, 3);
        assertEquals(2, box.dimensions());
        assertEquals(1, box.actionDimensions());
        Transition discrete = new Transition(new Discrete(5), new Discrete(4), 1);
        assertEquals(0, discrete.dimensions());
        assertEquals(0, discrete.actionDimensions());
        assertEquals(0, new Transition(2).actionDimensions(), "the 0.3 constructors keep discrete actions");
    }

    @Test
    void aBoxActionIsCopiedIntoTheStartAndAlongWithIt() {
        double[] observation = {0.5, -0.25};
        double[] action = {1.5};
        Transition t = new Transition(OBSERVATIONS, TORQUE, 1).start(observation, action);
        action[0] = 0;
        observation[0] = 0;
        assertArrayEquals(new double[] {1.5}, t.actionVector(), "copied, not kept");
        assertArrayEquals(new double[] {0.5, -0.25}, t.observation());
        Transition copy = new Transition(OBSERVATIONS, TORQUE, 1).startOf(t);
        assertArrayEquals(new double[] {1.5}, copy.actionVector());
        double[] live = t.actionVector();
        t.advance();
        assertSame(live, t.actionVector(), "advancing moves S' to S, and leaves the action's buffer in place");
    }

    @Test
    void aStartOfTheWrongShapeIsRefused() {
        Transition t = new Transition(OBSERVATIONS, TORQUE, 1);
        assertThrows(IllegalArgumentException.class, () -> t.start(new double[] {0, 0}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> t.start(new double[] {0}, new double[] {1}));
    }

    @Test
    void aBoxActionIsShownAsAVector() {
        Transition t = new Transition(OBSERVATIONS, TORQUE, 1).start(new double[] {0.5, -0.25}, new double[] {1.5});
        t.nextObservation()[0] = 0.75;
        t.outcome(-0.5, false, true);
        assertEquals("([0.5, -0.25], [1.5], -0.5, [0.75, 0.0], truncated)", t.toString());
        assertEquals("(2, 1, 0.0, 0)", new Transition().start(2, 1).toString());
    }
}
