package dyna.models.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rewards come back exactly as set, whether stored as codes or, past 255 values, as doubles. */
class RewardColumnTest {

    @Test
    void fewDistinctRewardsComeBackExactly() {
        RewardColumn column = new RewardColumn(6);
        column.set(1, 1.0);
        column.set(2, -1.0);
        column.set(3, 0.1 + 0.2);
        column.set(4, -0.0);
        assertEquals(0.0, column.get(0), "a pair never set reads 0");
        assertEquals(1.0, column.get(1));
        assertEquals(-1.0, column.get(2));
        assertEquals(0.1 + 0.2, column.get(3));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(column.get(4)), "-0.0 stays -0.0");
        column.set(1, 7.5);
        assertEquals(7.5, column.get(1), "a pair's reward can change");
    }

    @Test
    void manyDistinctRewardsSwitchToDoublesAndLoseNone() {
        int pairs = 1000;
        RewardColumn column = new RewardColumn(pairs);
        for (int p = 0; p < pairs; p++) {
            column.set(p, p * 0.37 - 11);
        }
        for (int p = 0; p < pairs; p++) {
            assertEquals(p * 0.37 - 11, column.get(p), "pair " + p);
        }
    }
}
