package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class ChartTest {
    @Test
    void asTableKeepsLabelSourceAndOneRowPerBar() {
        LocalizedText l = LocalizedText.of("Biểu đồ");
        Chart c = ProgressChart.of(l, List.of(ProgressChart.Item.of(l, 1, 2), ProgressChart.Item.of(l, 2, 2)))
                .withSource(Source.of("iHanoi"));
        Table t = c.asTable();
        assertEquals(l, t.label());
        assertEquals(2, t.rows().size());
        assertEquals(c.source(), t.source());
    }
}
