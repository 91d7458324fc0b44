package org.haicap.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidIdentifierExceptionTest {

    @Test
    void messageIsBilingualAndMasksPersonalKinds() {
        InvalidIdentifierException e = new InvalidIdentifierException(
                InvalidIdentifierException.Kind.MOBILE_NUMBER, "0212345678");
        assertTrue(e.getMessage().contains("số di động"));
        assertTrue(e.getMessage().contains("mobile number"));
        assertFalse(e.getMessage().contains("0212345678"));
        assertEquals("0212345678", e.value());
    }

    @Test
    void nonPersonalKindsAreExcerptedNotMasked() {
        InvalidIdentifierException e = new InvalidIdentifierException(
                InvalidIdentifierException.Kind.DOCUMENT_NUMBER, "abc\ndef");
        assertTrue(e.getMessage().contains("abc\\u000adef"));
    }

    @Test
    void everyKindHasBothLanguages() {
        for (InvalidIdentifierException.Kind k : InvalidIdentifierException.Kind.values()) {
            assertFalse(k.vietnamese().isBlank());
            assertFalse(k.english().isBlank());
            assertFalse(k.vietnamese().equals(k.english()));
        }
    }
}
