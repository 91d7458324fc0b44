package org.haicap.reporting.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Source;
import org.junit.jupiter.api.Test;

class ReportedFiguresTest {
    private static final Source S = Source.of("iHanoi");

    @Test
    void keepsOneFigurePerKeyInOrder() {
        ReportedFigure a = ReportedFigure.of(StandardFigure.IHANOI_FEEDBACK, 3570, S);
        ReportedFigure x = ReportedFigure.extra("x", LocalizedText.of("X"), 1, S);
        ReportedFigures f = ReportedFigures.of(a, x);
        assertEquals(List.of(a, x), f.all());
        assertEquals(List.of(x), f.extras());
        assertEquals(a, f.get(StandardFigure.IHANOI_FEEDBACK).orElseThrow());
        assertTrue(f.get(StandardFigure.HOTLINE_CALLS).isEmpty());
        assertTrue(ReportedFigures.empty().all().isEmpty());
        InvalidFigureException e = assertThrows(InvalidFigureException.class, () -> f.with(a));
        assertEquals("ihanoi.feedback", e.value());
    }
}
