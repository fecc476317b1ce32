package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.core.fixtures.RecordingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllPairsTest {

    @Test
    void sweepsTheKnownPairsInOrderAndCarriesOn() {
        RecordingModel model = new RecordingModel(3, 2, new ArrayList<>());
        for (int[] pair : new int[][] {{2, 1}, {0, 1}, {1, 0}}) {
            model.observe(new Transition().start(pair[0], pair[1]).outcome(0, 0, false, false));
        }
        AllPairs control = new AllPairs(3, 2, model);
        List<String> starts = new ArrayList<>();
        Transition start = new Transition();
        for (int i = 0; i < 7; i++) {
            assertTrue(control.next(start));
            starts.add(start.state() + "," + start.action());
        }
        assertEquals(List.of("0,1", "1,0", "2,1", "0,1", "1,0", "2,1", "0,1"), starts);
    }

    @Test
    void hasNowhereToStartWhenTheModelKnowsNothing() {
        assertFalse(new AllPairs(3, 2, new RecordingModel(3, 2, new ArrayList<>())).next(new Transition()));
    }
}
