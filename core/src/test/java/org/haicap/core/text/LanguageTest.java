package org.haicap.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void mapsLocales() {
        assertEquals(Language.VI, Language.of(Locale.forLanguageTag("vi-VN")));
        assertEquals(Language.EN, Language.of(Locale.UK));
        assertEquals("vi", Language.VI.tag());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.of(Locale.FRENCH));
        assertEquals(true, e.getMessage().contains("fr"));
    }
}
