package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class TableTest {
    private static Table.Builder twoColumns() {
        return Table.builder(LocalizedText.of("Theo đơn vị", "By unit"))
                .column(LocalizedText.of("Đơn vị"), ColumnType.TEXT)
                .column(LocalizedText.of("Hồ sơ"), ColumnType.INTEGER);
    }

    @Test
    void buildsRowsThatFit() {
        Table t = twoColumns().row(Cell.text("Hoàn Kiếm"), Cell.integer(5)).row(Cell.text("Ba Đình"), Cell.empty()).build();
        assertEquals(2, t.rows().size());
        assertEquals(new Cell.IntegerValue(5), t.rows().get(0).get(1));
    }

    @Test
    void refusesWrongWidthAndType() {
        InvalidReportException w = assertThrows(InvalidReportException.class,
                () -> twoColumns().row(Cell.text("x")).build());
        assertEquals(InvalidReportException.Reason.ROW_WIDTH, w.reason());
        InvalidReportException c = assertThrows(InvalidReportException.class,
                () -> twoColumns().row(Cell.text("x"), Cell.date(LocalDate.of(2025, 7, 1))).build());
        assertEquals(InvalidReportException.Reason.CELL_TYPE, c.reason());
        assertEquals(true, c.where().contains("row 0 column 1"), c.where());
    }

    @Test
    void refusesNoColumnsButAllowsNoRows() {
        assertThrows(InvalidReportException.class, () -> Table.builder(LocalizedText.of("x")).build());
        assertEquals(0, twoColumns().build().rows().size());
    }
}
