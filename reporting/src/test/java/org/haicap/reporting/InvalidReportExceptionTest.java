package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidReportExceptionTest {
    @Test
    void messageIsBilingualAndPrintable() {
        InvalidReportException e = new InvalidReportException(InvalidReportException.Reason.NEGATIVE, "Count.value", "a\nb");
        assertTrue(e.getMessage().contains("giá trị không được âm"), e.getMessage());
        assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
        assertTrue(e.getMessage().contains("a\\u000ab"), e.getMessage());
        assertEquals("a\nb", e.value());
        assertEquals("Count.value", e.where());
        assertTrue(e instanceof IllegalArgumentException);
    }
}
