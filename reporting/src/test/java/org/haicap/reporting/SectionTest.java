package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class SectionTest {
    @Test
    void keepsOrderAndNesting() {
        Section s = Section.builder(LocalizedText.of("Cán bộ"))
                .ratio(LocalizedText.of("Bí thư"), 125, 126)
                .count(LocalizedText.of("Nghị quyết"), 600)
                .section(LocalizedText.of("Con dấu"), c -> c.count(LocalizedText.of("Đang làm"), 59))
                .build();
        assertEquals(2, s.indicators().size());
        assertEquals(Ratio.class, s.indicators().get(0).getClass());
        assertEquals("Con dấu", s.sections().get(0).title().vi());
    }

    @Test
    void listsAreCopiedAndNullsRefused() {
        List<Indicator> list = new ArrayList<>();
        Section s = new Section(LocalizedText.of("x"), list, List.of());
        list.add(Count.of(LocalizedText.of("y"), 1));
        assertEquals(0, s.indicators().size());
        List<Indicator> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(InvalidReportException.class, () -> new Section(LocalizedText.of("x"), withNull, List.of()));
    }
}
