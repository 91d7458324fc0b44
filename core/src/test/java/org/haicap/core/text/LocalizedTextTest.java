package org.haicap.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
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
        assertEquals("LocalizedText.vi: văn bản không được để trống, nhận được \" \" / the text must not be blank,"
                + " got \" \"", assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(" ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("a", null));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText("a", null));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText("a", Optional.of("")));
    }

    @Test
    void choosesTheLanguageOfALocale() {
        LocalizedText t = LocalizedText.of("Bí thư", "Secretaries");
        assertEquals("Bí thư", t.in(Locale.forLanguageTag("vi-VN")));
        assertEquals("Secretaries", t.in(Locale.UK));
        assertEquals("Secretaries", t.english());
        assertEquals("Bí thư", LocalizedText.of("Bí thư").in(Locale.ENGLISH));
    }
}
