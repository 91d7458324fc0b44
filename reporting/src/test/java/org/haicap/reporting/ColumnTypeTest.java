package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnTypeTest {
    @Test
    void fiveTypesOfWhichFourAreNumeric() {
        assertEquals(5, ColumnType.values().length);
        long numeric = java.util.Arrays.stream(ColumnType.values()).filter(ColumnType::isNumeric).count();
        assertEquals(4, numeric);
    }
}
