package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {
    private static final Location AT = Location.of("officials.csv").atLine(12).withKey("A-17").withPath("citizenId");

    @Test
    void messageInEitherLanguage() {
        Finding f = Finding.error("vn.citizen-id.shape", AT, "sai định dạng", "wrong shape");
        assertEquals("sai định dạng", f.message(Locale.forLanguageTag("vi-VN")));
        assertEquals("wrong shape", f.message(Locale.ENGLISH));
        assertEquals("wrong shape", f.message(Locale.FRENCH));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Severity.WARNING, Finding.warning("r", AT, "a", "b").severity());
        assertEquals(Severity.INFO, Finding.info("r", AT, "a", "b").severity());
    }

    @Test
    void personalValuesAreMaskedEverywhere() {
        Finding f = Finding.error("vn.citizen-id.shape", AT, "sai", "wrong").withPersonalValue("001095012345");
        assertEquals(Optional.of("*********345"), f.offendingValue());
        assertFalse(f.toString().contains("001095012345"));
        assertFalse(f.format(Locale.forLanguageTag("vi")).contains("001095"));
        assertTrue(f.toString().contains("*********345"));
    }

    @Test
    void otherValuesAreExcerpted() {
        Finding f = Finding.error("r", AT, "a", "b").withValue("x\ny" + "z".repeat(100));
        String v = f.offendingValue().orElseThrow();
        assertTrue(v.startsWith("x\\u000ay"));
        assertTrue(v.endsWith("…"));
        assertTrue(v.length() < 80);
    }

    @Test
    void regulationAndFormat() {
        Finding f = Finding.error("vn.citizen-id.shape", AT, "sai", "wrong").withRegulation("Luật Căn cước 26/2023/QH15");
        assertEquals(Optional.of("Luật Căn cước 26/2023/QH15"), f.citedRegulation());
        assertEquals("error vn.citizen-id.shape at officials.csv:12 [A-17] citizenId: wrong (Luật Căn cước 26/2023/QH15)",
                f.toString());
        assertEquals("lỗi vn.citizen-id.shape tại officials.csv:12 [A-17] citizenId: sai (Luật Căn cước 26/2023/QH15)",
                f.format(Locale.forLanguageTag("vi")));
        assertTrue(Finding.error("r", AT, "a", "b").citedRegulation().isEmpty());
    }

    @Test
    void refusesBlankParts() {
        assertThrows(IllegalArgumentException.class, () -> Finding.error(" ", AT, "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> Finding.error("r", AT, "", "b"));
        assertThrows(NullPointerException.class, () -> Finding.error("r", null, "a", "b"));
    }

    @Test
    void ordersByLocationThenRule() {
        Finding a = Finding.error("z", Location.of("a").atLine(1), "m", "m");
        Finding b = Finding.error("a", Location.of("a").atLine(2), "m", "m");
        Finding c = Finding.error("b", Location.of("a").atLine(2), "m", "m");
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.compareTo(c) < 0);
        assertEquals(0, a.compareTo(Finding.error("z", Location.of("a").atLine(1), "m", "m")));
        assertEquals(AT, a.at(AT).location());
    }
}
