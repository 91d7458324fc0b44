package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CountTest {
    private static final LocalizedText L = LocalizedText.of("Hồ sơ", "Dossiers");

    @Test
    void buildsAQualifiedCompactCount() {
        Count c = Count.of(L, 1_900_000).withUnit(LocalizedText.of("lượt", "visits")).moreThan().compact(1);
        assertEquals(1_900_000, c.value());
        assertEquals(Count.Qualifier.MORE_THAN, c.qualifier());
        assertEquals(OptionalInt.of(1), c.compactDecimals());
        assertEquals("visits", c.unit().orElseThrow().in(Language.EN));
    }

    @Test
    void qualifierWordsInBothLanguages() {
        assertEquals("hơn", Count.Qualifier.MORE_THAN.word(Language.VI));
        assertEquals("more than", Count.Qualifier.MORE_THAN.word(Language.EN));
        assertEquals("trên", Count.Qualifier.OVER.word(Language.VI));
        assertEquals("", Count.Qualifier.EXACT.word(Language.EN));
    }

    @Test
    void refusesNegative() {
        InvalidReportException e = assertThrows(InvalidReportException.class, () -> Count.of(L, -5));
        assertEquals("-5", e.value());
        assertEquals("Count.value", e.where());
    }
}
