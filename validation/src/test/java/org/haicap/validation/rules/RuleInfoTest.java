package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.haicap.validation.Severity;
import org.junit.jupiter.api.Test;

class RuleInfoTest {

    @Test
    void refusesBadIdsAndBlankTitles() {
        assertThrows(IllegalArgumentException.class,
                () -> new RuleInfo("Bad Id", Severity.ERROR, "", RuleInfo.Confidence.CONFIRMED, "a", "b"));
        assertThrows(IllegalArgumentException.class,
                () -> new RuleInfo("x.y", Severity.ERROR, "", RuleInfo.Confidence.CONFIRMED, " ", "b"));
    }

    @Test
    void titleByLocale() {
        RuleInfo r = new RuleInfo("x.y", Severity.WARNING, "NĐ 1/2025/NĐ-CP", RuleInfo.Confidence.UNCERTAIN, "tiêu đề",
                "title");
        assertEquals("tiêu đề", r.title(new Locale("vi")));
        assertEquals("title", r.title(Locale.ENGLISH));
        assertEquals("x.y (WARNING, NĐ 1/2025/NĐ-CP [U])", r.toString());
    }
}
