package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Payload;
import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void worstFirst() {
        assertTrue(Severity.ERROR.compareTo(Severity.WARNING) < 0);
        assertTrue(Severity.WARNING.compareTo(Severity.INFO) < 0);
    }

    @Test
    void bilingualNames() {
        assertEquals("lỗi", Severity.ERROR.vietnamese());
        assertEquals("cảnh báo", Severity.WARNING.vietnamese());
        assertEquals("thông tin", Severity.INFO.vietnamese());
        assertEquals("warning", Severity.WARNING.english());
    }

    @Test
    void payloadsArePayloads() {
        assertTrue(Payload.class.isAssignableFrom(Severity.Warning.class));
        assertTrue(Payload.class.isAssignableFrom(Severity.Info.class));
    }
}
