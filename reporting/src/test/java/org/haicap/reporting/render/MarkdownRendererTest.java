package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.haicap.core.text.Language;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    @Test
    void escapesMarkupInLabels() {
        assertEquals("\\<script\\>alert(1)\\</script\\>",
                MarkdownRenderer.esc("<script>alert(1)</script>"));
        assertEquals("a \\| b \\*c\\* \\[x\\](y) \\_d\\_", MarkdownRenderer.esc("a | b *c* [x](y) _d_"));
        assertEquals("one line", MarkdownRenderer.esc("one\nline"));
    }

    @Test
    void hostileReportCannotBreakTheTableOrAddHtml() {
        String md = ReportRenderers.markdown().renderToString(Hostile.build(), Language.VI);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)[<>]").matcher(md).find(), "unescaped < or >");
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"));
        for (String line : md.split("\n")) {
            if (line.startsWith("| ")) {
                // two columns: three unescaped pipes
                assertEquals(3, line.replace("\\|", "").chars().filter(c -> c == '|').count(), line);
            }
        }
    }

    @Test
    void headingsFollowTheNesting() {
        String md = ReportRenderers.markdown().renderToString(SmallReport.build(), Language.EN);
        assertTrue(md.startsWith("# Sample report\n"));
        assertTrue(md.contains("\n## 1. Staffing\n"));
        assertTrue(md.contains("\n### 1.1. Seals\n"));
        assertTrue(md.contains("- Executive committees: **2,552/4,076 (62.6%)**\n"));
    }
}
