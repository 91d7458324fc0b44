package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.haicap.core.text.Language;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

    @Test
    void formulaLikeTextIsNeutralised() {
        assertEquals("'=1+1", CsvWriter.neutralise("=1+1"));
        assertEquals("'+1", CsvWriter.neutralise("+1"));
        assertEquals("'-1+1", CsvWriter.neutralise("-1+1"));
        assertEquals("'@SUM(A1)", CsvWriter.neutralise("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.neutralise("\tx"));
        assertEquals("'\rx", CsvWriter.neutralise("\rx"));
        assertEquals("Hà Nội", CsvWriter.neutralise("Hà Nội"));
        assertEquals("", CsvWriter.neutralise(""));
    }

    @Test
    void hostileTableIsQuotedAndNeutralisedButNumbersAreNot() {
        CsvRenderer.CsvFile table = CsvRenderer.plain().tables(Hostile.build(), Language.VI).get(0);
        List<List<String>> rows = parse(table.content());
        assertEquals(List.of("'" + Hostile.FORMULA, "'-2+3"), rows.get(0));
        assertEquals(List.of("'" + Hostile.FORMULA, "7"), rows.get(1));
        assertEquals(List.of("'@SUM(A1:A2)", "8"), rows.get(2));
        assertEquals(List.of("'-1+1", "9"), rows.get(3));
        assertEquals(List.of("'+1", "10"), rows.get(4));
        assertEquals(List.of("a,b \"quoted\"\r\nnext", "11"), rows.get(5));
        assertTrue(table.content().contains("\"a,b \"\"quoted\"\"\r\nnext\",11\r\n"));
    }

    @Test
    void summaryNeutralisesSourcesAndUnits() {
        String csv = CsvRenderer.plain().renderToString(Hostile.build(), Language.VI);
        List<List<String>> rows = parse(csv);
        assertEquals(List.of(CsvRenderer.SUMMARY_HEADER.split(",")), rows.get(0));
        List<String> count = rows.get(1);
        assertEquals("42", count.get(4));
        assertEquals("'" + Hostile.FORMULA, count.get(12));
        assertEquals("'+1|a*b*[x](y)\nnew line", count.get(13));
        assertEquals("", count.get(14), "no rounding");
        assertEquals("42 " + Hostile.ATTR, count.get(15), "printed figure, unit quoted as data");
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+"), cell);
            }
        }
    }

    @Test
    void machineNumbersAndIsoDates() {
        String csv = CsvRenderer.plain().renderToString(SmallReport.build(), Language.VI);
        assertTrue(csv.contains(",ratio,Ban Chấp hành,,2552,4076,62.6,"));
        assertTrue(csv.contains(",count,Lượt truy cập,1900000,"));
        assertTrue(csv.contains(",count,Giao dịch đóng đảng phí,67662,,,,,,exact,lượt giao dịch,,,1000,"
                + "hơn 67.000 lượt giao dịch\r\n"), csv);
        assertTrue(csv.contains(",Lượt truy cập,1900000,,,,,,more_than,lượt,iHanoi,,,\"hơn 1,9 triệu lượt\"\r\n"), csv);
        String units = CsvRenderer.plain().tables(SmallReport.build(), Language.VI).get(1).content();
        assertTrue(units.contains("Phường Hoàn Kiếm,12345,242,1203,20.12,14.3,2025-07-03\r\n"), units);
        assertFalse(csv.startsWith("\uFEFF"));
        assertTrue(CsvRenderer.excel().renderToString(SmallReport.build(), Language.VI).startsWith("\uFEFFsection;"));
        assertTrue(CsvRenderer.excel().tables(SmallReport.build(), Language.VI).get(0).content().startsWith("\uFEFF"));
    }

    @Test
    void tableFilesAreNamedAfterTheirLabels() {
        List<String> names = CsvRenderer.plain().tables(SmallReport.build(), Language.EN).stream()
                .map(CsvRenderer.CsvFile::fileName).toList();
        assertEquals(List.of("01-tien-do-theo-chuc-danh.csv", "02-ho-so-theo-don-vi.csv", "03-ho-so-theo-kenh.csv"), names);
        assertEquals("dang-bo-xa", CsvRenderer.slug("Đảng bộ xã"));
        assertEquals("table", CsvRenderer.slug("<>"));
    }

    @Property(tries = 300)
    void quotingRoundTrips(@ForAll String a, @ForAll String b) throws Exception {
        StringBuilder out = new StringBuilder();
        new CsvWriter(out).record(List.of(a, b), new boolean[] {false, false});
        assertEquals(List.of(List.of(a, b)), parse(out.toString()));
    }

    /** A strict RFC 4180 reader for the tests. */
    static List<List<String>> parse(String csv) {
        return parse(csv, ',');
    }

    /** A strict RFC 4180 reader for the tests, fields separated by {@code separator}. */
    static List<List<String>> parse(String csv, char separator) {
        String s = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                i++;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                i += 2;
            } else {
                if (c == '"' || c == '\r' || c == '\n') {
                    throw new IllegalStateException("bare " + (int) c + " at " + i + " in " + s);
                }
                field.append(c);
                i++;
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            throw new IllegalStateException("record not ended by CRLF");
        }
        return rows;
    }
}
