package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class ProgressChartTest {
    @Test
    void tableKeepsTheFractionsAndDecimals() {
        ProgressChart p = ProgressChart.of(LocalizedText.of("Đại hội"), List.of(
                ProgressChart.Item.of(LocalizedText.of("Cơ sở"), 242, 1203))).withPercentDecimals(2);
        Table t = p.asTable();
        assertEquals(2, t.columns().get(1).decimals());
        assertEquals(ColumnType.RATIO, t.columns().get(1).type());
        assertEquals(new Cell.FractionValue(Fraction.of(242, 1203)), t.rows().get(0).get(1));
        assertThrows(InvalidReportException.class, () -> p.withPercentDecimals(7));
    }
}
