package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.haicap.core.io.ReadProblem.Reason;
import org.junit.jupiter.api.Test;

class ReadProblemTest {
    private static final SourceLocation AT = SourceLocation.of("f.csv", 3, 7);

    @Test
    void messagesStartWithTheReasonInEachLanguage() {
        ReadProblem p = ReadProblem.of(AT, Reason.MISSING_FIELD, "cột \"amount\" để trống", "column \"amount\" is blank", "");
        assertEquals("thiếu trường bắt buộc: cột \"amount\" để trống", p.vietnamese());
        assertEquals("missing required field: column \"amount\" is blank", p.english());
        assertEquals(p.vietnamese(), p.message(Locale.forLanguageTag("vi-VN")));
        assertEquals(p.english(), p.message(Locale.ENGLISH));
        assertEquals("f.csv:3:7 MISSING_FIELD: missing required field: column \"amount\" is blank", p.toString());
    }

    @Test
    void excerptsAreEscapedAndShort() {
        ReadProblem p = ReadProblem.of(AT, Reason.INVALID_VALUE, "", "", "a\u0000b\r\n\t\u202E\uFEFF" + "x".repeat(500));
        assertTrue(p.excerpt().startsWith("a\\u0000b\\r\\n\\t\\u202e\\ufeffxxx"), p.excerpt());
        assertEquals(ReadProblem.MAX_EXCERPT, p.excerpt().length());
        assertTrue(p.excerpt().endsWith("…"));
        assertEquals("invalid value", p.english());
    }

    @Test
    void shortCleanTextIsKept() {
        assertEquals("Phường Ba Đình <script>", ReadProblem.of(AT, Reason.INVALID_VALUE, "", "", "Phường Ba Đình <script>")
                .excerpt());
    }

    @Test
    void everyReasonHasBothDescriptions() {
        for (Reason r : Reason.values()) {
            assertFalse(r.vietnamese().isBlank());
            assertFalse(r.english().isBlank());
        }
    }

    @Property(tries = 500)
    void safeExcerptIsBoundedPrintableAndIdempotent(@ForAll String text) {
        String once = ReadProblem.safeExcerpt(text, ReadProblem.MAX_EXCERPT);
        assertTrue(once.length() <= ReadProblem.MAX_EXCERPT);
        assertTrue(once.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE));
        assertEquals(once, ReadProblem.safeExcerpt(once, ReadProblem.MAX_EXCERPT));
    }
}
