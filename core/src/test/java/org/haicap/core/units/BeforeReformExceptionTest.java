package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BeforeReformExceptionTest {

    @Test
    void carriesTheDateAndABilingualMessage() {
        LocalDate d = LocalDate.of(2024, 12, 31);
        BeforeReformException e = new BeforeReformException(d);
        assertEquals(d, e.date());
        assertTrue(e.getMessage().startsWith("ngày 2024-12-31 trước ngày 01/07/2025"), e.getMessage());
        assertTrue(e.getMessage().contains("date 2024-12-31 is before 1 July 2025"), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> new BeforeReformException(null));
    }
}
