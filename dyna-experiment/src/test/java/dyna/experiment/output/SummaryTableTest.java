package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which checkpoints the printed summary of a planning run shows. */
class SummaryTableTest {

    @Test
    void checkpointsAreSpacedGeometricallySoThatTheEarlyPartIsShown() {
        assertEquals(List.of(1, 2, 3, 6, 11, 20), SummaryTable.geometric(20, 6),
                "Figure 8.8's 20 checkpoints: trajectory sampling leads at the first");
        assertEquals(List.of(1, 4, 16, 63, 251, 1000), SummaryTable.geometric(1000, 6));
        assertEquals(List.of(1, 2, 3, 4, 5), SummaryTable.geometric(5, 6), "fewer checkpoints than columns: all");
        assertEquals(List.of(1, 2, 3, 4, 5, 7), SummaryTable.geometric(7, 6), "rounding merged two: filled in");
        assertEquals(List.of(0), SummaryTable.geometric(0, 6));
    }
}
