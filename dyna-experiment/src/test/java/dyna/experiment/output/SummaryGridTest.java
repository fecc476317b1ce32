package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's summary marks the cells that differ significantly from the first sweep point's. */
class SummaryGridTest {

    private static Summary cell(double... runs) {
        return Summary.of(runs);
    }

    @Test
    void marksCellsSignificantlyAboveOrBelowTheFirstRowAndOnlyThose() {
        SummaryGrid grid = new SummaryGrid("planning-steps", List.of("ep 1", "ep 2"), List.of("0", "5", "50"), List.of(
                new Summary[] {cell(900, 1000, 1100, 950), cell(600, 650, 620, 640)},
                new Summary[] {cell(920, 980, 1090, 1000), cell(130, 140, 120, 135)},
                new Summary[] {cell(40, 41, 39, 40), cell(610, 660, 630, 600)}), "%.1f");
        int none = Integer.MIN_VALUE;
        int[][] marks = grid.significance();
        assertArrayEquals(new int[] {none, none}, marks[0], "the first row is the baseline");
        assertArrayEquals(new int[] {0, -1}, marks[1]);
        assertArrayEquals(new int[] {-1, 0}, marks[2]);
        String html = grid.html();
        assertTrue(html.contains("<caption>▲ ▼: higher or lower than planning-steps 0 in the same column, significantly "
                + "(Welch's t-test over runs, Holm's correction over the 4 cells compared, α = 0.05)</caption>"), html);
        assertTrue(html.contains("<td class=\"significant\">131.3 ▼"), html);
    }

    @Test
    void cellsOfOneRunAreNotComparedAndNothingIsClaimed() {
        SummaryGrid grid = new SummaryGrid("configuration", List.of("ep 1"), List.of("a", "b"), List.of(
                new Summary[] {cell(900)}, new Summary[] {cell(100)}), "%.1f");
        assertArrayEquals(new int[] {Integer.MIN_VALUE}, grid.significance()[1]);
        assertFalse(grid.html().contains("<caption>"));
        assertFalse(grid.html().contains("▼"));
    }
}
