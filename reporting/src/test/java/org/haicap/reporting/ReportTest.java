package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;

class ReportTest {
    @Test
    void buildsInAFewLines() {
        Report r = Report.builder(LocalizedText.of("Báo cáo 15 ngày", "15-day report"))
                .issuer(LocalizedText.of("Ban Tổ chức Thành ủy Hà Nội"))
                .period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(LocalizedText.of("Cán bộ", "Staffing"), s -> s
                        .ratio(LocalizedText.of("Bí thư", "Secretaries"), 125, 126))
                .build();
        assertEquals(LocalDate.of(2025, 7, 13), r.period().end());
        assertEquals(125, ((Ratio) r.sections().get(0).indicators().get(0)).numerator());
    }

    @Test
    void needsPeriodAndAsOf() {
        Report.Builder b = Report.builder(LocalizedText.of("x"));
        InvalidReportException e = assertThrows(InvalidReportException.class, b::build);
        assertEquals(InvalidReportException.Reason.MISSING, e.reason());
        assertEquals("Report.period", e.where());
    }

    @Test
    void asOfMayNotPrecedeThePeriod() {
        assertEquals(InvalidReportException.Reason.AS_OF_BEFORE_PERIOD, assertThrows(InvalidReportException.class,
                () -> Report.builder(LocalizedText.of("x")).period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                        .asOf(LocalDate.of(2025, 6, 30)).build()).reason());
    }
}
