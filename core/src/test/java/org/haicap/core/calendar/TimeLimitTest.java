package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void factories() {
        assertEquals(new TimeLimit(7, TimeLimit.Unit.WORKING_DAY, Optional.empty()), TimeLimit.workingDays(7));
        assertEquals(TimeLimit.Unit.DAY, TimeLimit.days(30).unit());
        assertEquals(TimeLimit.Unit.HOUR, TimeLimit.workingHours(4).unit());
        assertEquals(Optional.of(LocalTime.of(15, 0)), TimeLimit.sameDay(LocalTime.of(15, 0)).cutoff());
        assertEquals(0, TimeLimit.sameDay(LocalTime.of(15, 0)).amount());
        assertEquals(Optional.of(LocalTime.of(15, 0)), TimeLimit.workingDays(3).withCutoff(LocalTime.of(15, 0)).cutoff());
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        for (TimeLimit limit : new TimeLimit[] {TimeLimit.workingDays(7), TimeLimit.sameDay(LocalTime.of(15, 0))}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(limit);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                assertEquals(limit, in.readObject());
            }
        }
    }

    @Test
    void invalidAmountsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeLimit.workingDays(0));
        assertTrue(e.getMessage().contains("thời hạn không hợp lệ") && e.getMessage().contains("invalid time limit"));
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.days(-1));
        assertThrows(IllegalArgumentException.class,
                () -> new TimeLimit(1, TimeLimit.Unit.SAME_DAY, Optional.of(LocalTime.of(15, 0))));
    }
}
