package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class InvalidProcedureDataExceptionTest {

    @Test
    void carriesFieldAndValueAndBothLanguages() {
        InvalidProcedureDataException e = new InvalidProcedureDataException("amount", -1, "không được âm", "must not be negative");
        assertEquals("amount", e.field());
        assertEquals("-1", e.value());
        assertEquals("không được âm / must not be negative", e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void longValuesAreShortenedAndEscaped() {
        InvalidProcedureDataException e = new InvalidProcedureDataException("name", "a\n" + "b".repeat(200), "vi", "en");
        assertTrue(e.value().startsWith("a\\u000ab"), e.value());
        assertTrue(e.value().endsWith("…"), e.value());
    }

    @Test
    void thrownByTheRecordsOfThePackage() {
        InvalidProcedureDataException blank = assertThrows(InvalidProcedureDataException.class,
                () -> Procedure.builder(ProcedureCode.of("1.001193"), " ", "Hộ tịch", TimeLimit.workingDays(1)).build());
        assertEquals("procedure name", blank.field());
        InvalidProcedureDataException channels = assertThrows(InvalidProcedureDataException.class,
                () -> Procedure.builder(ProcedureCode.of("1.001193"), "x", "Hộ tịch", TimeLimit.workingDays(1))
                        .online(OnlineLevel.FULL, Channel.IN_PERSON).build());
        assertEquals("channels", channels.field());
        assertEquals("[IN_PERSON]", channels.value());
        InvalidProcedureDataException closed = assertThrows(InvalidProcedureDataException.class,
                () -> ServicePoint.of("a", "b", UnitCode.of("00004"), ServicePoint.Kind.BANK, LocalDate.of(2025, 7, 1))
                        .closedOn(LocalDate.of(2025, 6, 1)));
        assertEquals("closed", closed.field());
        assertEquals("2025-06-01", closed.value());
    }
}
