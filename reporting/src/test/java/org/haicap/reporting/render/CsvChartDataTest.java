package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Chart;
import org.haicap.reporting.Indicator;
import org.haicap.core.text.Language;
import org.haicap.reporting.ProgressChart;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.junit.jupiter.api.Test;

/** The data of every chart is in the CSV summary, right after the record naming the chart. */
class CsvChartDataTest {

    /** The records a chart's data must give, kind, label, value, numerator, denominator, percent. */
    static List<List<String>> expectedRecords(Chart chart, Language language, char decimal) {
        List<List<String>> rows = new ArrayList<>();
        if (chart instanceof BarChart) {
            for (BarChart.Bar b : ((BarChart) chart).bars()) {
                rows.add(List.of("bar", b.category().in(language), Long.toString(b.value()), "", "", ""));
            }
        } else {
            ProgressChart c = (ProgressChart) chart;
            for (ProgressChart.Item i : c.items()) {
                rows.add(List.of("progress_item", i.category().in(language), "", Long.toString(i.fraction().numerator()),
                        Long.toString(i.fraction().denominator()), i.fraction().percent(c.percentDecimals())
                                .map(x -> x.toPlainString().replace('.', decimal)).orElse("")));
            }
        }
        return rows;
    }

    static List<Chart> charts(Report r) {
        List<Chart> out = new ArrayList<>();
        for (Section s : r.sections()) {
            charts(s, out);
        }
        return out;
    }

    private static void charts(Section s, List<Chart> out) {
        for (Indicator i : s.indicators()) {
            if (i instanceof Chart) {
                out.add((Chart) i);
            }
        }
        for (Section sub : s.sections()) {
            charts(sub, out);
        }
    }

    /** Checks that each chart's record is followed by exactly its data, in report order. */
    static void assertChartData(Report report, Language language, CsvRenderer renderer) {
        List<List<String>> rows = CsvRendererTest.parse(renderer.renderToString(report, language), renderer.separator());
        List<Chart> charts = charts(report);
        assertTrue(!charts.isEmpty());
        int at = 1;
        for (Chart chart : charts) {
            String kind = chart instanceof BarChart ? "bar_chart" : "progress_chart";
            String label = chart.label().in(language);
            while (at < rows.size() && !(rows.get(at).get(2).equals(kind) && rows.get(at).get(3).equals(label))) {
                at++;
            }
            assertTrue(at < rows.size(), "no record for chart " + label);
            List<List<String>> expected = expectedRecords(chart, language, renderer.decimalSeparator());
            for (int k = 0; k < expected.size(); k++) {
                List<String> row = rows.get(at + 1 + k);
                assertEquals(rows.get(at).get(0), row.get(0), "section of " + row);
                assertEquals(expected.get(k), List.of(row.get(2), row.get(3), row.get(4), row.get(5), row.get(6), row.get(7)),
                        "chart " + label + " item " + k);
            }
            at += 1 + expected.size();
        }
    }

    @Test
    void everyChartOfTheSeedReportHasItsDataInBothFormats() {
        for (Language language : Language.values()) {
            for (CsvRenderer r : List.of(CsvRenderer.plain(), CsvRenderer.excel())) {
                assertChartData(HanoiSeedReport.build(), language, r);
                assertChartData(SmallReport.build(), language, r);
                assertChartData(Hostile.build(), language, r);
            }
        }
    }

    @Test
    void barsCarryTheUnitAndPrintedFigure() {
        String csv = CsvRenderer.plain().renderToString(SmallReport.build(), Language.VI);
        assertTrue(csv.contains("2,Thủ tục hành chính,bar,Trực tuyến,9240,,,,,,,Hồ sơ,,,,9.240 Hồ sơ\r\n"), csv);
        assertTrue(csv.contains("1,Cán bộ,progress_item,Bí thư,,125,126,99.2,,,,,,,,\"125/126 (99,2%)\"\r\n"), csv);
        String en = CsvRenderer.plain().renderToString(SmallReport.build(), Language.EN);
        assertTrue(en.contains("1,Staffing,progress_item,Secretaries,,125,126,99.2,,,,,,,,125/126 (99.2%)\r\n"), en);
    }
}
