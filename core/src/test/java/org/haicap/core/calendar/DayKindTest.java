package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DayKindTest {

    @Test
    void onlyMakeupDaysAreWorkingDays() {
        assertFalse(DayKind.HOLIDAY.isWorkingDay());
        assertFalse(DayKind.DAY_OFF.isWorkingDay());
        assertTrue(DayKind.MAKEUP_WORKDAY.isWorkingDay());
    }
}
