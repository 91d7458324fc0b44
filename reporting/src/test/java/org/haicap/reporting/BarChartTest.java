package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class BarChartTest {
    @Test
    void exposesItsDataAsATable() {
        BarChart c = BarChart.of(LocalizedText.of("Theo kênh"), List.of(
                new BarChart.Bar(LocalizedText.of("Trực tiếp"), 56_760),
                new BarChart.Bar(LocalizedText.of("Trực tuyến"), 9_240))).withUnit(LocalizedText.of("Hồ sơ"));
        assertEquals(56_760, c.max());
        Table t = c.asTable();
        assertEquals(2, t.rows().size());
        assertEquals(ColumnType.INTEGER, t.columns().get(1).type());
        assertEquals("Hồ sơ", t.columns().get(1).header().vi());
        assertEquals(new Cell.IntegerValue(9_240), t.rows().get(1).get(1));
    }

    @Test
    void refusesNoBars() {
        assertEquals(InvalidReportException.Reason.EMPTY, assertThrows(InvalidReportException.class,
                () -> BarChart.of(LocalizedText.of("x"), List.of())).reason());
    }
}
