package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Count;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.Source;
import org.junit.jupiter.api.Test;

/** {@code csv-excel}: the records of {@code csv} with a BOM, {@code ;} and decimal commas. */
class CsvExcelTest {
    private static final String NASTY = "=cmd|' /C calc'!A0; \"x\"";

    private static Report nasty() {
        return Report.builder(LocalizedText.of("Báo cáo"))
                .period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(LocalizedText.of("Mục; một"), s -> s
                        .add(Count.of(LocalizedText.of(NASTY), 7).withSource(Source.of("a;b")))
                        .add(BarChart.of(LocalizedText.of("Biểu đồ"), List.of(new BarChart.Bar(LocalizedText.of(NASTY), 3)))))
                .build();
    }

    @Test
    void startsWithTheByteOrderMarkAndSeparatesWithSemicolons() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderers.builtIn().require("csv-excel").render(SmallReport.build(), Language.VI, out);
        byte[] b = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
        String text = new String(b, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + CsvRenderer.SUMMARY_HEADER.replace(',', ';') + "\r\n"), text);
        assertEquals(';', CsvRenderer.excel().separator());
        assertEquals(',', CsvRenderer.excel().decimalSeparator());
        assertEquals("csv-excel", CsvRenderer.excel().format());
        assertTrue(ReportRenderers.builtIn().formats().contains("csv-excel"));
    }

    @Test
    void aCellWithSemicolonQuoteAndFormulaIsNeutralisedAndQuoted() {
        String csv = CsvRenderer.excel().renderToString(nasty(), Language.VI);
        String expected = "\"'" + NASTY.replace("\"", "\"\"") + "\"";
        assertTrue(csv.contains(";count;" + expected + ";7;"), csv);
        assertTrue(csv.contains(";bar;" + expected + ";3;"), csv);
        assertTrue(csv.contains("1;\"Mục; một\";"), csv);
        assertTrue(csv.contains(";\"a;b\";"), csv);
        List<List<String>> rows = CsvRendererTest.parse(csv, ';');
        assertEquals("'" + NASTY, rows.get(1).get(3));
        assertEquals("Mục; một", rows.get(1).get(1));
        assertEquals("a;b", rows.get(1).get(12));
        assertEquals("'" + NASTY, rows.get(3).get(3));
        for (List<String> row : rows) {
            assertEquals(rows.get(0).size(), row.size(), row.toString());
        }
        String plain = CsvRenderer.plain().renderToString(nasty(), Language.VI);
        assertTrue(plain.contains(",count," + expected + ",7,"), plain);
        assertTrue(plain.contains(",a;b,"), "a semicolon needs no quotes in csv: " + plain);
    }

    @Test
    void sameRecordsAsCsvWithDecimalCommas() {
        for (Report r : List.of(SmallReport.build(), Hostile.build(), HanoiSeedReport.build(), nasty())) {
            for (Language language : Language.values()) {
                List<List<String>> plain = CsvRendererTest.parse(CsvRenderer.plain().renderToString(r, language));
                List<List<String>> excel = CsvRendererTest.parse(CsvRenderer.excel().renderToString(r, language), ';');
                assertEquals(plain.size(), excel.size(), "record count");
                for (int i = 0; i < plain.size(); i++) {
                    List<String> p = plain.get(i);
                    List<String> e = excel.get(i);
                    assertEquals(p.size(), e.size());
                    for (int c = 0; c < p.size(); c++) {
                        String expected = c == 7 ? p.get(c).replace('.', ',') : p.get(c);
                        assertEquals(expected, e.get(c), "record " + i + " column " + c);
                    }
                }
            }
        }
        String excel = CsvRenderer.excel().renderToString(SmallReport.build(), Language.VI);
        assertTrue(excel.contains(";ratio;Ban Chấp hành;;2552;4076;62,6;"), excel);
        assertFalse(excel.contains("62.6"), excel);
    }

    @Test
    void tablesUseTheSameSeparatorAndDecimalComma() {
        List<CsvRenderer.CsvFile> plain = CsvRenderer.plain().tables(SmallReport.build(), Language.VI);
        List<CsvRenderer.CsvFile> excel = CsvRenderer.excel().tables(SmallReport.build(), Language.VI);
        assertEquals(plain.stream().map(CsvRenderer.CsvFile::fileName).toList(),
                excel.stream().map(CsvRenderer.CsvFile::fileName).toList());
        String units = excel.get(1).content();
        assertTrue(units.startsWith("\uFEFF"), units);
        assertTrue(units.contains("Phường Hoàn Kiếm;12345;242;1203;20,12;14,3;2025-07-03\r\n"), units);
        assertEquals(CsvRendererTest.parse(plain.get(1).content()).size(),
                CsvRendererTest.parse(excel.get(1).content(), ';').size());
    }
}
