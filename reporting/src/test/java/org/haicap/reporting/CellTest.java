package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellTest {
    @Test
    void eachKindFitsItsColumnTypeAndEmptyFitsAll() {
        assertTrue(Cell.text("a").fits(ColumnType.TEXT));
        assertTrue(Cell.integer(1).fits(ColumnType.INTEGER));
        assertTrue(Cell.ratio(1, 2).fits(ColumnType.RATIO));
        assertTrue(Cell.percent(BigDecimal.TEN).fits(ColumnType.PERCENT));
        assertTrue(Cell.date(LocalDate.of(2025, 7, 1)).fits(ColumnType.DATE));
        assertFalse(Cell.integer(1).fits(ColumnType.TEXT));
        for (ColumnType t : ColumnType.values()) {
            assertTrue(Cell.empty().fits(t));
        }
    }

    @Test
    void refusesOutOfRange() {
        assertThrows(InvalidReportException.class, () -> Cell.percent(new BigDecimal("100.01")));
        assertThrows(InvalidReportException.class, () -> Cell.integer(-1));
    }
}
