package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.text.Language;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final String SMALL_VI = ReportRenderers.html().renderToString(SmallReport.build(), Language.VI);
    private static final String HOSTILE = ReportRenderers.html().renderToString(Hostile.build(), Language.EN);

    @Test
    void cspHashesTheOneStyleElement() throws Exception {
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(SMALL_VI);
        assertTrue(style.find());
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(SMALL_VI.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'sha256-" + hash + "'; img-src data:\">"), "CSP must carry the style's hash");
        assertFalse(style.find(), "exactly one <style> element");
        assertTrue(SMALL_VI.indexOf("Content-Security-Policy") < SMALL_VI.indexOf("<style>"));
    }

    @Test
    void noScriptNoStyleAttributeNoExternalResource() {
        for (String html : new String[] {SMALL_VI, HOSTILE}) {
            // '<' and '>' in text are escaped, so every <…> here is markup written by the renderer
            Matcher tag = Pattern.compile("<[^>]*>").matcher(html);
            int tags = 0;
            while (tag.find()) {
                String t = tag.group().toLowerCase(java.util.Locale.ROOT);
                tags++;
                assertFalse(t.startsWith("<script"), t);
                assertFalse(Pattern.compile("\\sstyle\\s*=").matcher(t).find(), t);
                assertFalse(Pattern.compile("\\son[a-z]+\\s*=").matcher(t).find(), t);
                assertFalse(Pattern.compile("\\s(src|href)\\s*=").matcher(t).find(), t);
            }
            assertTrue(tags > 50);
        }
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        assertTrue(HOSTILE.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(HOSTILE.contains("&quot; onload=&quot;alert(2)"));
        assertTrue(HOSTILE.contains("&lt;img src=x onerror=alert(3)&gt;"));
        assertTrue(HOSTILE.contains("<title>&lt;/title&gt;&lt;script&gt;"));
        assertFalse(HOSTILE.contains("<img"));
        assertFalse(HOSTILE.contains("</text><script>"));
        // the only tags are ours: every '<' starts a known element
        Matcher tag = Pattern.compile("</?([a-zA-Z0-9!]+)").matcher(HOSTILE);
        while (tag.find()) {
            assertTrue(java.util.Set.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "p",
                    "h1", "h2", "h3", "time", "main", "section", "ul", "li", "span", "figure", "figcaption", "svg",
                    "desc", "text", "rect", "table", "caption", "thead", "tbody", "tr", "th", "td").contains(tag.group(1)),
                    "unexpected tag " + tag.group());
        }
    }

    @Test
    void escapeCoversTextAndAttributes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;", HtmlRenderer.esc("<a href=\"x\" title='y'>&amp;"));
        assertEquals("a\uFFFDb\tc\nd", HtmlRenderer.esc("a\u0000b\tc\nd"));
    }

    @Test
    void accessibleStructure() {
        assertTrue(SMALL_VI.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"));
        assertTrue(HOSTILE.contains("<html lang=\"en\">"));
        assertTrue(SMALL_VI.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-1-title chart-1-desc\""));
        assertTrue(SMALL_VI.contains("<title id=\"chart-1-title\">Tiến độ theo chức danh</title>"));
        assertEquals(count(SMALL_VI, "<svg"), count(SMALL_VI, "<table class=\"chart-data\">"), "a data table per chart");
        assertTrue(SMALL_VI.contains("@media print"));
    }

    @Test
    void barsAreScaledExactly() {
        assertEquals(280, HtmlRenderer.scaled(5, 5));
        assertEquals(140, HtmlRenderer.scaled(1, 2));
        assertEquals(0, HtmlRenderer.scaled(1, 0));
        assertEquals(278, HtmlRenderer.scaled(125, 126));
        assertTrue(SMALL_VI.contains("<rect class=\"done\" x=\"230\" y=\"6\" width=\"278\""));
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
