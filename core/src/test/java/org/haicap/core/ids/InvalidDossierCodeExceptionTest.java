package org.haicap.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidDossierCodeExceptionTest {

    @Test
    void carriesReasonAndValueInBothLanguages() {
        InvalidDossierCodeException e = new InvalidDossierCodeException(InvalidDossierCodeException.Reason.NOT_STRUCTURED, "HS1");
        assertEquals(InvalidDossierCodeException.Reason.NOT_STRUCTURED, e.reason());
        assertEquals("HS1", e.value());
        assertTrue(e.getMessage().startsWith("mã hồ sơ phải có dạng"), e.getMessage());
        assertTrue(e.getMessage().contains("a dossier code has the form"), e.getMessage());
        assertTrue(e.getMessage().contains("\"HS1\""), e.getMessage());
    }

    @Test
    void controlCharactersAreEscapedInTheMessage() {
        InvalidDossierCodeException e = new InvalidDossierCodeException(InvalidDossierCodeException.Reason.BAD_CHARACTER, "A\nB");
        assertTrue(e.getMessage().contains("A\\u000aB"), e.getMessage());
    }

    @Test
    void everyReasonHasBothLabels() {
        for (InvalidDossierCodeException.Reason r : InvalidDossierCodeException.Reason.values()) {
            assertTrue(!r.vietnamese().isBlank() && !r.english().isBlank(), r.name());
        }
    }
}
