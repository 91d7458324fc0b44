package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimelinessTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 11);

    @Test
    void finishedDossiers() {
        assertEquals(Timeliness.EARLY, Timeliness.ofFinished(DUE, DUE.minusDays(1)));
        assertEquals(Timeliness.ON_TIME, Timeliness.ofFinished(DUE, DUE));
        assertEquals(Timeliness.LATE, Timeliness.ofFinished(DUE, DUE.plusDays(1)));
    }

    @Test
    void openDossiers() {
        assertEquals(Timeliness.WITHIN_DEADLINE, Timeliness.ofOpen(DUE, DUE.minusDays(5)));
        assertEquals(Timeliness.WITHIN_DEADLINE, Timeliness.ofOpen(DUE, DUE));
        assertEquals(Timeliness.OVERDUE, Timeliness.ofOpen(DUE, DUE.plusDays(1)));
    }

    @Test
    void withADueDateFromTheCalendar() {
        LocalDateTime due = WorkingDayCalendar.statutory()
                .dueDate(LocalDateTime.of(2026, 2, 12, 9, 0), TimeLimit.workingDays(3));
        // Due 24/2/2026 (Tết in between): returned on 20/2 (a holiday, still before) is early.
        assertEquals(Timeliness.EARLY, Timeliness.ofFinished(due.toLocalDate(), LocalDate.of(2026, 2, 20)));
        assertEquals(Timeliness.LATE, Timeliness.ofFinished(due.toLocalDate(), LocalDate.of(2026, 2, 25)));
        assertEquals(Timeliness.OVERDUE, Timeliness.ofOpen(due.toLocalDate(), LocalDate.of(2026, 2, 25)));
    }

    @Test
    void labelsAndFamilies() {
        assertEquals("trễ hạn", Timeliness.LATE.vietnamese());
        assertEquals("đang xử lý quá hạn", Timeliness.OVERDUE.vietnamese());
        assertEquals("early", Timeliness.EARLY.english());
        assertTrue(Timeliness.ON_TIME.isFinished());
        assertFalse(Timeliness.WITHIN_DEADLINE.isFinished());
    }
}
