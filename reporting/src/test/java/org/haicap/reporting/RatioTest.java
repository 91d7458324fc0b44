package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class RatioTest {
    private static final LocalizedText L = LocalizedText.of("Bí thư", "Secretaries");

    @Test
    void defaultsToOneDecimal() {
        Ratio r = Ratio.of(L, 2552, 4076);
        assertEquals(OptionalInt.of(1), r.percentDecimals());
        assertEquals(Optional.of(new BigDecimal("62.6")), r.percent());
        assertEquals(2552, r.numerator());
        assertEquals(4076, r.denominator());
    }

    @Test
    void percentCanBeHiddenOrPrecise() {
        assertEquals(Optional.empty(), Ratio.of(L, 125, 126).withoutPercent().percent());
        assertEquals(Optional.of(new BigDecimal("20.12")), Ratio.of(L, 242, 1203).withPercentDecimals(2).percent());
    }

    @Test
    void zeroDenominatorGivesNoPercent() {
        assertEquals(Optional.empty(), Ratio.of(L, 0, 0).percent());
    }

    @Test
    void withersKeepTheRestAndRefuseNull() {
        Ratio r = Ratio.of(L, 1, 2).withSource(Source.of("iHanoi")).withNote(LocalizedText.of("ghi chú"));
        assertEquals("iHanoi", r.source().orElseThrow().name().vi());
        assertEquals("ghi chú", r.note().orElseThrow().vi());
        assertEquals(1, r.numerator());
        assertThrows(InvalidReportException.class, () -> r.withSource(null));
        assertThrows(InvalidReportException.class, () -> r.withPercentDecimals(-1));
        assertTrue(r instanceof Indicator);
    }
}
