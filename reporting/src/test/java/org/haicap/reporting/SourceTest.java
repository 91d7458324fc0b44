package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.text.Language;

class SourceTest {
    @Test
    void carriesNameAndReference() {
        Source s = Source.of(LocalizedText.of("Tổng đài 1022", "Hotline 1022")).withReference("BC-15");
        assertEquals("Hotline 1022", s.name().in(Language.EN));
        assertEquals("BC-15", s.reference().orElseThrow());
        assertThrows(InvalidReportException.class, () -> Source.of("iHanoi").withReference(" "));
    }
}
