package dyna.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** τ is kept for agents whose bonus reads it, and only for them (8 bytes a pair otherwise spent). */
class VisitClockTest {

    @Test
    void stepsSinceTriedCountsFromTheLastTryOrTheStart() {
        VisitClock clock = new VisitClock(3, 2, true);
        clock.tick();
        clock.tick();
        clock.tried(1, 1);
        clock.tick();
        assertEquals(1, clock.stepsSinceTried(1, 1));
        assertEquals(3, clock.stepsSinceTried(0, 0), "never tried: from the start of the run");
    }

    @Test
    void withoutABonusOnlyRealTimeAndAskedForCountsAreKept() {
        VisitClock clock = new VisitClock(3, 2, false);
        long[] visits = clock.countVisits();
        clock.tick();
        clock.tried(2, 1);
        clock.tried(2, 1);
        assertEquals(1, clock.now());
        assertEquals(2, visits[2 * 2 + 1]);
        assertThrows(IllegalStateException.class, () -> clock.stepsSinceTried(2, 1));
    }

    @Test
    void aSavedClockGivesTheSameTausFromTheStartOfTheLoadedRun() throws IOException {
        VisitClock clock = new VisitClock(2, 2, true);
        for (int t = 0; t < 5; t++) {
            clock.tick();
        }
        clock.tried(1, 0);
        clock.tick();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        clock.write(new DataOutputStream(bytes));
        VisitClock loaded = new VisitClock(2, 2, true);
        loaded.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "visit-clock/1");
        assertEquals(0, loaded.now(), "a loaded agent's real time starts again");
        assertEquals(1, loaded.stepsSinceTried(1, 0));
        assertEquals(6, loaded.stepsSinceTried(0, 1));
        loaded.tick();
        assertEquals(7, loaded.stepsSinceTried(0, 1));
    }
}
