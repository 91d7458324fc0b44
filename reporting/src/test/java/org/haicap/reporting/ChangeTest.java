package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class ChangeTest {
    @Test
    void differenceIsSigned() {
        LocalizedText l = LocalizedText.of("TTHC cấp xã");
        assertEquals(447, Change.of(l, 112, 559).difference());
        assertEquals(-28, Change.of(l, 40, 12).difference());
        assertEquals("thủ tục", Change.of(l, 1, 2).withUnit(LocalizedText.of("thủ tục")).unit().orElseThrow().vi());
        assertThrows(InvalidReportException.class, () -> Change.of(l, -1, 2));
    }
}
