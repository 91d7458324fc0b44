package org.haicap.reporting.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.haicap.reporting.Count;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Source;
import org.junit.jupiter.api.Test;

class ReportedFigureTest {
    private static final Source IHANOI = Source.of("Ứng dụng iHanoi");

    @Test
    void aKnownKeyTakesItsLabelAndUnit() {
        ReportedFigure f = ReportedFigure.of("ihanoi.feedback", 3570, IHANOI);
        assertEquals(StandardFigure.IHANOI_FEEDBACK.label(), f.label());
        assertEquals(StandardFigure.IHANOI_FEEDBACK.unit(), f.unit().orElseThrow());
        assertTrue(f.isStandard());
        Count c = f.toCount();
        assertEquals(3570, c.value());
        assertEquals(IHANOI, c.source().orElseThrow());
        assertTrue(c.isReported());
    }

    @Test
    void visitsPrintAbbreviatedAndQualifiersApply() {
        ReportedFigure f = ReportedFigure.of(StandardFigure.PARTY_PLATFORM_VISITS, 1_900_000, IHANOI).moreThan();
        assertEquals(1, f.toCount().compactDecimals().getAsInt());
        assertEquals(Count.Qualifier.MORE_THAN, f.toCount().qualifier());
        assertEquals(Count.Qualifier.OVER, f.over().qualifier());
    }

    @Test
    void refusesUnknownKeysNegativeValuesAndBlankKeys() {
        InvalidFigureException e = assertThrows(InvalidFigureException.class, () -> ReportedFigure.of("nope", 1, IHANOI));
        assertEquals("nope", e.value());
        assertThrows(InvalidFigureException.class, () -> ReportedFigure.of(StandardFigure.LAWYERS, -1, IHANOI));
        assertThrows(InvalidFigureException.class,
                () -> ReportedFigure.extra(" ", LocalizedText.of("x"), 1, IHANOI));
    }

    @Test
    void extraFiguresAreNotStandard() {
        ReportedFigure f = ReportedFigure.extra("centres", LocalizedText.of("Trung tâm"), 30, IHANOI)
                .withUnit(LocalizedText.of("trung tâm", "centres"));
        assertFalse(f.isStandard());
        assertEquals("trung tâm", f.toCount().unit().orElseThrow().vi());
    }
}
