package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidPeopleDataExceptionTest {

    @Test
    void carriesFieldValueAndBothLanguages() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class,
                () -> Post.of(PostId.of("X"), org.haicap.core.units.UnitCode.of("00004"), PostRole.OTHER, 0));
        assertEquals("seats", e.field());
        assertEquals("0", e.value());
        assertTrue(e.reasonVietnamese().contains("số chỗ"));
        assertTrue(e.reasonEnglish().contains("seats must be"));
        assertTrue(e.getMessage().startsWith("seats: "));
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void masksPersonalValues() {
        String name = "Nguyễn Văn " + "A".repeat(200);
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class,
                () -> Person.of(PersonId.of("P1"), name));
        assertEquals("fullName", e.field());
        assertFalse(e.getMessage().contains("Nguyễn"), e.getMessage());
        assertTrue(e.value().startsWith("*"));
    }
}
