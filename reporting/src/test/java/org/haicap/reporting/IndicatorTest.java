package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class IndicatorTest {
    @Test
    void everyKindCarriesSourceAndNoteThroughItsWithers() {
        LocalizedText l = LocalizedText.of("Nhãn");
        List<Indicator> all = List.of(Ratio.of(l, 1, 2), Count.of(l, 3), Share.ofPercent(l, 4), Change.of(l, 5, 6),
                Table.builder(l).column(l, ColumnType.TEXT).build(),
                BarChart.of(l, List.of(new BarChart.Bar(l, 1))),
                ProgressChart.of(l, List.of(ProgressChart.Item.of(l, 1, 2))));
        for (Indicator i : all) {
            assertTrue(i.source().isEmpty());
            assertTrue(!i.isReported());
            Indicator j = i.withSource(Source.of("iHanoi")).withNote(LocalizedText.of("n"));
            assertEquals(i.getClass(), j.getClass());
            assertEquals("iHanoi", j.source().orElseThrow().name().vi());
            assertTrue(j.isReported());
            assertEquals("n", j.note().orElseThrow().vi());
            assertEquals(l, j.label());
        }
    }
}
