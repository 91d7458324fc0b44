package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class ColumnTest {
    @Test
    void defaultsToOneDecimalAndChecksIt() {
        assertEquals(1, Column.of(LocalizedText.of("Tỷ lệ"), ColumnType.PERCENT).decimals());
        assertThrows(InvalidReportException.class, () -> new Column(LocalizedText.of("x"), ColumnType.RATIO, 9));
    }

    @Test
    void onlyTextIsLeftAligned() {
        assertFalse(ColumnType.TEXT.isNumeric());
        assertTrue(ColumnType.DATE.isNumeric());
    }
}
