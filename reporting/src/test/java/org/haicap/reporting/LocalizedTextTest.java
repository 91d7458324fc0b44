package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
    @Test
    void englishFallsBackToVietnamese() {
        assertEquals("Bí thư", LocalizedText.of("Bí thư").in(Language.EN));
        assertEquals("Secretaries", LocalizedText.of("Bí thư", "Secretaries").in(Language.EN));
        assertEquals("Bí thư", LocalizedText.of("Bí thư", "Secretaries").in(Language.VI));
    }

    @Test
    void normalisesToNfcAndTrims() {
        String nfd = "Nguye\u0302\u0303n";
        assertEquals("Nguyễn", LocalizedText.of("  " + nfd + " ").vi());
    }

    @Test
    void refusesBlankAndNull() {
        assertEquals(InvalidReportException.Reason.BLANK,
                assertThrows(InvalidReportException.class, () -> LocalizedText.of(" ")).reason());
        assertThrows(InvalidReportException.class, () -> LocalizedText.of("a", null));
        assertThrows(InvalidReportException.class, () -> new LocalizedText("a", null));
        assertThrows(InvalidReportException.class, () -> new LocalizedText("a", Optional.of("")));
    }
}
