package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.junit.jupiter.api.Test;

class ReportRendererTest {
    private static final Report REPORT = SmallReport.build();

    @Test
    void outputStreamGetsUtf8AndStaysOpen() throws Exception {
        for (ReportRenderer r : ReportRenderers.builtIn().formats().stream().map(ReportRenderers.builtIn()::require)
                .toList()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.render(REPORT, Language.VI, out);
            out.write('!');
            String expected = r.renderToString(REPORT, Language.VI) + "!";
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.toByteArray(), r.format());
        }
    }

    @Test
    void writerAndStringBuilderGiveTheSameText() throws Exception {
        for (String f : ReportRenderers.builtIn().formats()) {
            StringWriter w = new StringWriter();
            ReportRenderers.builtIn().require(f).render(REPORT, Language.EN, w);
            assertEquals(ReportRenderers.builtIn().require(f).renderToString(REPORT, Language.EN), w.toString(), f);
        }
    }

    @Test
    void deepNestingIsNumberedWithoutLimit() {
        org.haicap.reporting.Section s = org.haicap.reporting.Section.builder(
                org.haicap.core.text.LocalizedText.of("Mục 100")).count(org.haicap.core.text.LocalizedText.of("x"), 1).build();
        for (int i = 99; i >= 1; i--) {
            s = org.haicap.reporting.Section.builder(org.haicap.core.text.LocalizedText.of("Mục " + i)).section(s).build();
        }
        Report deep = Report.builder(org.haicap.core.text.LocalizedText.of("Sâu")).period(REPORT.period())
                .asOf(REPORT.asOf()).section(s).build();
        String numbered = "1." + "1.".repeat(99);
        assertEquals(true, ReportRenderers.text().renderToString(deep, Language.VI).contains("\n" + numbered + " Mục 100\n"));
        String html = ReportRenderers.html().renderToString(deep, Language.VI);
        assertEquals(true, html.contains("<h6 id=\"s-" + numbered.replace('.', '-') + "h\">" + numbered + " Mục 100</h6>"));
        assertEquals(true, ReportRenderers.markdown().renderToString(deep, Language.VI).contains("\n###### " + numbered + " Mục 100\n"));
    }

    @Test
    void excelCsvStartsWithTheUtf8ByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderers.builtIn().require("csv-excel").render(REPORT, Language.VI, out);
        byte[] b = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {b[0], b[1], b[2]});
    }
}
