package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.haicap.core.text.Language;
import org.junit.jupiter.api.Test;

class ReportRenderersTest {

    @Test
    void builtInFormats() {
        assertEquals(List.of("text", "markdown", "html", "json", "csv", "csv-excel"),
                List.copyOf(ReportRenderers.builtIn().formats()));
        assertSame(ReportRenderers.html(), ReportRenderers.builtIn().require("HTML"));
        assertFalse(ReportRenderers.builtIn().find("xlsx").isPresent());
    }

    @Test
    void unknownFormatNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportRenderers.builtIn().require("pdf"));
        assertTrue(e.getMessage().contains("\"pdf\"") && e.getMessage().contains("markdown"), e.getMessage());
    }

    @Test
    void serviceLoaderAddsHostRenderersButCannotHijackBuiltIns() {
        ReportRenderers installed = ReportRenderers.installed(getClass().getClassLoader());
        ReportRenderer r = installed.require("test-title");
        assertEquals("Báo cáo mẫu", r.renderToString(SmallReport.build(), Language.VI));
        assertSame(ReportRenderers.html(), installed.require("html"));
        assertTrue(ReportRenderers.installed().find("test-title").isPresent());
    }

    @Test
    void withReplacesOnPurpose() {
        ReportRenderers r = ReportRenderers.builtIn().with(new TestRenderer.Impostor());
        assertEquals("impostor", r.require("html").renderToString(SmallReport.build(), Language.VI));
        assertSame(ReportRenderers.html(), ReportRenderers.builtIn().require("html"));
    }

    @Test
    void refusesBadFormatNames() {
        ReportRenderer bad = new ReportRenderer() {
            @Override
            public String format() {
                return "Not OK";
            }

            @Override
            public String mediaType() {
                return "text/plain";
            }

            @Override
            public void render(org.haicap.reporting.Report report, Language language, Appendable out) {
            }
        };
        assertThrows(IllegalArgumentException.class, () -> ReportRenderers.builtIn().with(bad));
    }

    @Test
    void mediaTypesAndExtensions() {
        ReportRenderers all = ReportRenderers.builtIn();
        assertEquals("text/html; charset=UTF-8", all.require("html").mediaType());
        assertEquals("application/json", all.require("json").mediaType());
        assertEquals("md", all.require("markdown").fileExtension());
        assertEquals("txt", all.require("text").fileExtension());
        assertTrue(all.require("csv").mediaType().startsWith("text/csv"));
    }
}
