package org.haicap.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void keepsTheLastThreeCharacters() {
        assertEquals("*********901", Masking.mask("012345678901"));
        assertEquals("*******678", Masking.mask("0912345678"));
    }

    @Test
    void shortValuesAreFullyMasked() {
        assertEquals("", Masking.mask(""));
        assertEquals("***", Masking.mask("abc"));
        assertEquals("null", Masking.mask(null));
    }

    @Test
    void lengthShownIsCapped() {
        String masked = Masking.mask("x".repeat(1000) + "end");
        assertEquals("*".repeat(13) + "end", masked);
    }

    @Test
    void controlCharactersInTheTailAreReplaced() {
        assertEquals("*****a?b", Masking.mask("12345a\nb"));
    }

    @Test
    void countsCodePointsNotChars() {
        assertEquals("*ễ😀x", Masking.mask("Nễ😀x"));
    }

    @Property
    void neverShowsMoreThanThreeOriginalCharacters(@ForAll String value) {
        String masked = Masking.mask(value);
        String withoutStars = masked.replace("*", "");
        assertTrue(withoutStars.codePointCount(0, withoutStars.length()) <= 3
                || value.contains("*"));
        if (value.codePointCount(0, value.length()) > 6 && !value.contains("*")) {
            assertFalse(masked.contains(value));
        }
    }
}
