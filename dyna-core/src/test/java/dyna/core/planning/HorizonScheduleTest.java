package dyna.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** MBPO's linear horizon schedule, rounded down, and a fixed horizon. */
class HorizonScheduleTest {

    @Test
    void theHorizonGrowsLinearlyThenStays() {
        HorizonSchedule schedule = new HorizonSchedule(1, 15, 1000);
        assertEquals(1, schedule.at(0));
        assertEquals(7, schedule.at(500) - 1);
        assertEquals(8, schedule.at(500));
        assertEquals(14, schedule.at(999));
        assertEquals(15, schedule.at(1000));
        assertEquals(15, schedule.at(1_000_000));
    }

    @Test
    void aFixedHorizonNeverChanges() {
        assertEquals(3, HorizonSchedule.fixed(3).at(0));
        assertEquals(3, HorizonSchedule.fixed(3).at(123_456));
        assertEquals(0, HorizonSchedule.fixed(0).at(5));
    }
}
