package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

    @Test
    void theDefaultIsEightHoursWithALunchBreak() {
        assertEquals(LocalTime.of(8, 0), OfficeHours.DEFAULT.opens());
        assertEquals(LocalTime.of(17, 0), OfficeHours.DEFAULT.closes());
        assertEquals(Optional.of(LocalTime.of(12, 0)), OfficeHours.DEFAULT.lunchStart());
        assertEquals(480, OfficeHours.DEFAULT.workingMinutesPerDay());
        assertEquals(540, OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(16, 30)).workingMinutesPerDay());
    }

    @Test
    void inconsistentHoursAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OfficeHours.of(LocalTime.of(17, 0), LocalTime.of(8, 0)));
        assertTrue(e.getMessage().contains("giờ làm việc không hợp lệ: 17:00–08:00"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid office hours"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> OfficeHours.of(LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(13, 0), LocalTime.of(12, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> OfficeHours.of(LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(8, 0), LocalTime.of(12, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> new OfficeHours(LocalTime.of(8, 0), LocalTime.of(17, 0), Optional.of(LocalTime.of(12, 0)),
                        Optional.empty()));
    }
}
