package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class ShareTest {
    private static final LocalizedText L = LocalizedText.of("Trực tuyến", "Online");

    @Test
    void givenAsPercentageKeepsItsDecimals() {
        assertEquals(new BigDecimal("14"), Share.ofPercent(L, 14).percent());
        Share s = Share.ofPercent(L, new BigDecimal("14.50"));
        assertEquals(1, s.decimals());
        assertEquals(new BigDecimal("14.5"), s.percent());
    }

    @Test
    void givenAsFractionRoundsHalfUp() {
        Share s = Share.ofFraction(L, 493, 1780, 1);
        assertEquals(new BigDecimal("27.7"), s.percent());
        assertEquals(493, s.basis().orElseThrow().numerator());
    }

    @Test
    void refusesOutOfRangeAndZeroDenominator() {
        assertEquals(InvalidReportException.Reason.PERCENT_OUT_OF_RANGE,
                assertThrows(InvalidReportException.class, () -> Share.ofPercent(L, 101)).reason());
        assertEquals(InvalidReportException.Reason.ZERO_DENOMINATOR,
                assertThrows(InvalidReportException.class, () -> Share.ofFraction(L, 0, 0, 1)).reason());
    }
}
