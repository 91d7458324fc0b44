package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.haicap.reporting.Count;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    @Test
    void lineperIndicatorWithHeadingsPeriodAndAsOf() {
        String vi = ReportRenderers.text().renderToString(SmallReport.build(), Language.VI);
        String[] lines = vi.split("\n");
        assertEquals("UBND phường Mẫu", lines[0]);
        assertEquals("Kỳ báo cáo: 28/6 - 3/7/2025", lines[2]);
        assertEquals("Số liệu tính đến ngày: 14/7/2025", lines[3]);
        assertEquals("1. Cán bộ", lines[5]);
        assertEquals("- Ban Chấp hành: 2.552/4.076 (62,6%)", lines[6]);
        assertTrue(vi.contains("\n1.1. Con dấu\n"));
    }

    @Test
    void theExampleOfDocsReportingMdPrintsWhatTheDocsShow() {
        Report report = Report.builder(LocalizedText.of("Báo cáo 15 ngày", "15-day report"))
                .issuer(LocalizedText.of("Ban Tổ chức Thành ủy Hà Nội"))
                .period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(LocalizedText.of("Cán bộ", "Staffing"), s -> s
                        .ratio(LocalizedText.of("Ban Chấp hành", "Executive committees"), 2552, 4076)
                        .add(Count.of(LocalizedText.of("Hồ sơ", "Dossiers"), 66_000).moreThan()
                                .withUnit(LocalizedText.of("hồ sơ", "dossiers"))))
                .build();
        assertEquals(String.join("\n", "Ban Tổ chức Thành ủy Hà Nội", "Báo cáo 15 ngày", "Kỳ báo cáo: 1 - 13/7/2025",
                "Số liệu tính đến ngày: 15/7/2025", "", "1. Cán bộ", "- Ban Chấp hành: 2.552/4.076 (62,6%)",
                "- Hồ sơ: hơn 66.000 hồ sơ", ""), ReportRenderers.text().renderToString(report, Language.VI));
    }

    @Test
    void zeroDenominatorIsSaidInWords() {
        Report r = Report.builder(LocalizedText.of("R")).period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1))
                .asOf(LocalDate.of(2025, 7, 1))
                .section(LocalizedText.of("S"), s -> s.ratio(LocalizedText.of("Tỷ lệ", "Rate"), 0, 0)).build();
        assertTrue(ReportRenderers.text().renderToString(r, Language.VI)
                .contains("- Tỷ lệ: 0/0 (không tính được tỷ lệ vì mẫu số bằng 0)\n"));
        assertTrue(ReportRenderers.text().renderToString(r, Language.EN)
                .contains("- Rate: 0/0 (no percentage: the total is zero)\n"));
    }

    @Test
    void hostileLineBreaksCannotForgeLines() {
        String text = ReportRenderers.text().renderToString(Hostile.build(), Language.VI);
        assertTrue(text.contains("(ghi chú: +1|a*b*[x](y) new line)"));
        for (String line : text.split("\n")) {
            assertTrue(!line.contains("\r"), line);
        }
    }
}
