package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.RowCollector;

class CsvReaderTest {
    record Payment(String code, UnitCode unit, long amount, LocalDate paid) {
    }

    private static final CsvRowMapper<Payment> PAYMENT = row -> new Payment(row.require("code"),
            row.require("unit", UnitCode::of), row.require("amount", Long::parseLong),
            row.require("paid", LocalDate::parse));

    private static final String HEADER = "code,unit,amount,paid\r\n";

    static RowCollector<CsvRow> rows(CsvReader reader, byte[] bytes) throws IOException {
        RowCollector<CsvRow> c = new RowCollector<>();
        ReadSummary s = reader.read(new ByteArrayInputStream(bytes), "payments.csv", c);
        assertEquals(c.accepted.size(), s.accepted());
        assertEquals(c.refused.size(), s.refused());
        return c;
    }

    static RowCollector<CsvRow> rows(String text) throws IOException {
        return rows(CsvReader.withHeader(), text.getBytes(StandardCharsets.UTF_8));
    }

    static RowCollector<Payment> payments(String text) throws IOException {
        RowCollector<Payment> c = new RowCollector<>();
        ReadSummary s = CsvReader.withHeader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "payments.csv", PAYMENT, c);
        assertEquals(s.read(), s.accepted() + s.refused());
        assertEquals(c.refused.size(), s.refused());
        return c;
    }

    @Test
    void readsQuotedFieldsDoubledQuotesAndHeaderMapping() throws IOException {
        RowCollector<CsvRow> c = rows("code,name,note\n"
                + "HS-1,\"Phường Ba Đình, Hà Nội\",\"nói \"\"xin chào\"\"\"\n");
        CsvRow row = c.accepted.get(0);
        assertEquals(List.of("HS-1", "Phường Ba Đình, Hà Nội", "nói \"xin chào\""), row.fields());
        assertEquals(Optional.of("Phường Ba Đình, Hà Nội"), row.get("name"));
        assertEquals(Map.of("code", "HS-1", "name", "Phường Ba Đình, Hà Nội", "note", "nói \"xin chào\""),
                row.asMap());
        assertEquals(2, row.location().line());
        assertEquals(6, row.locationOf(1).column());
        assertEquals(Optional.of("name"), row.locationOf(1).path());
    }

    @Test
    void lineBreaksInsideQuotesKeepLineNumbersRight() throws IOException {
        RowCollector<CsvRow> c = rows("code,note\r\nHS-1,\"dòng một\r\ndòng hai\ndòng ba\"\r\nHS-2,x\r\n");
        assertEquals("dòng một\r\ndòng hai\ndòng ba", c.accepted.get(0).get(1));
        assertEquals(2, c.acceptedAt.get(0).line());
        assertEquals(5, c.acceptedAt.get(1).line());
    }

    @Test
    void crlfLfBomAndTruncatedLastLine() throws IOException {
        byte[] body = "a,b\r\n1,2\n3,4".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        RowCollector<CsvRow> c = rows(CsvReader.withHeader(), all);
        assertEquals(List.of("a", "b"), c.accepted.get(0).header());
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), c.accepted.stream().map(CsvRow::fields).toList());
    }

    @Test
    void blankLinesAreSkippedAndCounted() throws IOException {
        RowCollector<CsvRow> c = new RowCollector<>();
        ReadSummary s = CsvReader.withHeader().read(new ByteArrayInputStream(
                "a,b\n\n1,2\n  \n\r\n3,4\n\"\",\n".getBytes(StandardCharsets.UTF_8)), "x.csv", c);
        assertEquals(3, s.accepted());
        assertEquals(3, s.blankLines());
        assertEquals(List.of("", ""), c.accepted.get(2).fields());
    }

    @Test
    void emptyInputsHaveNoRows() throws IOException {
        for (String text : new String[] {"", "\n\n", "a,b\n", "a,b"}) {
            RowCollector<CsvRow> c = rows(text);
            assertEquals(0, c.accepted.size() + c.refused.size(), text);
        }
    }

    @Test
    void wrongFieldCountIsRefused() throws IOException {
        RowCollector<CsvRow> c = rows("a,b,c\n1,2,3\n1,2\n1,2,3,4\n");
        assertEquals(1, c.accepted.size());
        assertEquals(2, c.refused.size());
        assertEquals(Reason.CSV_FIELD_COUNT, c.refused.get(0).reason());
        assertEquals(3, c.refused.get(0).location().line());
        assertTrue(c.refused.get(1).english().contains("expected 3 fields"), c.refused.get(1).english());
    }

    @Test
    void unterminatedQuoteIsReportedWhereItOpens() throws IOException {
        RowCollector<CsvRow> c = rows("a,b\n1,2\n3,\"open\n4,5\n");
        assertEquals(1, c.accepted.size());
        ReadProblem p = c.only();
        assertEquals(Reason.CSV_UNTERMINATED_QUOTE, p.reason());
        assertEquals(3, p.location().line());
        assertEquals(3, p.location().column());
    }

    @Test
    void strayQuotesAreRefused() throws IOException {
        RowCollector<CsvRow> c = rows("a,b\n1,2\"x\n\"3\"x,4\n5,6\n");
        assertEquals(List.of(Reason.CSV_STRAY_QUOTE, Reason.CSV_STRAY_QUOTE),
                c.refused.stream().map(ReadProblem::reason).toList());
        assertEquals(4, c.refused.get(0).location().column());
        assertEquals(4, c.refused.get(1).location().column());
        assertEquals(List.of("5", "6"), c.accepted.get(0).fields());
    }

    @Test
    void invalidUtf8IsReportedWithLineColumnAndByteOffset() throws IOException {
        byte[] bytes = "a,b\nđ,x\u0001y\n1,2\n".getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u0001');
        bytes[at] = (byte) 0xE0; // E0 followed by 'y' is ill-formed
        RowCollector<CsvRow> c = rows(CsvReader.withHeader(), bytes);
        ReadProblem p = c.only();
        assertEquals(Reason.INVALID_UTF8, p.reason());
        assertEquals(2, p.location().line());
        assertEquals(4, p.location().column());
        assertTrue(p.english().contains("byte offset " + at), p.english());
        assertEquals(1, c.accepted.size());
    }

    @Test
    void truncatedUtf8AtTheEndOfInputIsReported() throws IOException {
        byte[] bytes = {'a', '\n', 'x', (byte) 0xC3};
        ReadProblem p = rows(CsvReader.withHeader(), bytes).only();
        assertEquals(Reason.INVALID_UTF8, p.reason());
        assertEquals(2, p.location().column());
    }

    @Test
    void nulIsRefused() throws IOException {
        ReadProblem p = rows("a,b\n1,x\u0000\n").only();
        assertEquals(Reason.CONTROL_CHARACTER, p.reason());
        assertEquals(4, p.location().column());
    }

    @Test
    void longRecordsAndFieldsAreRefusedAndReadingGoesOn() throws IOException {
        CsvReader small = CsvReader.withHeader().limits(100, 30, 5);
        String text = "a,b\n" + "x".repeat(40) + ",1\n" + "y".repeat(25) + "," + "z".repeat(25) + "\n"
                + (",".repeat(3) + "w".repeat(28)).repeat(4) + "\n"
                + "\"" + "q".repeat(20) + "\n".repeat(200) + "\",1\n" + "1,2,3,4,5,6\n" + "ok,1\n";
        RowCollector<CsvRow> c = rows(small, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(Reason.STRING_TOO_LONG, Reason.LINE_TOO_LONG, Reason.STRING_TOO_LONG, Reason.LINE_TOO_LONG),
                c.refused.stream().map(ReadProblem::reason).toList());
        // a problem is located where the limit was crossed: inside the quoted field, on line 15
        assertEquals(List.of(2L, 4L, 15L, 206L), c.refused.stream().map(p -> p.location().line()).toList());
        assertEquals(List.of("y".repeat(25), "z".repeat(25)), c.accepted.get(0).fields());
        assertEquals(List.of("ok", "1"), c.accepted.get(1).fields());
        assertEquals(207, c.acceptedAt.get(1).line());
    }

    @Test
    void invalidHeaderRefusesEveryRowSoCountsReconcile() throws IOException {
        RowCollector<CsvRow> c = rows("a,b,a\n1,2,3\n4,5,6\n");
        assertEquals(0, c.accepted.size());
        assertEquals(2, c.refused.size());
        assertEquals(Reason.CSV_HEADER, c.refused.get(1).reason());
        assertTrue(c.refused.get(1).english().contains("\"a\" is repeated"), c.refused.get(1).english());
        assertEquals(3, c.refused.get(1).location().line());
    }

    @Test
    void mapperProblemsPointAtTheField() throws IOException {
        RowCollector<Payment> c = payments(HEADER + "HS-1,00004,50000,2025-07-14\r\n" + "HS-2,4,1,2025-07-14\r\n"
                + "HS-3,00004,,2025-07-14\r\n" + "HS-4,00004,1,14/07/2025\r\n");
        assertEquals(List.of(new Payment("HS-1", UnitCode.of("00004"), 50000, LocalDate.of(2025, 7, 14))), c.accepted);
        assertEquals(List.of(Reason.INVALID_VALUE, Reason.MISSING_FIELD, Reason.INVALID_VALUE),
                c.refused.stream().map(ReadProblem::reason).toList());
        ReadProblem unit = c.refused.get(0);
        assertEquals("payments.csv:3:6 (unit)", unit.location().toString());
        assertTrue(unit.vietnamese().contains("5 chữ số"), unit.vietnamese());
        assertEquals("4", unit.excerpt());
        assertEquals(Optional.of("amount"), c.refused.get(1).location().path());
        assertEquals(Optional.of("paid"), c.refused.get(2).location().path());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        RowCollector<Payment> c = payments("code,unit,amount\nHS-1,00004,1\n");
        assertEquals(Reason.MISSING_FIELD, c.only().reason());
        assertTrue(c.only().english().contains("no column \"paid\""), c.only().english());
    }

    @Test
    void semicolonDelimiterAndNoHeader() throws IOException {
        RowCollector<CsvRow> c = rows(CsvReader.withoutHeader().delimiter(';'),
                "1;2,5;3\n4;5\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("1", "2,5", "3"), List.of("4", "5")),
                c.accepted.stream().map(CsvRow::fields).toList());
        assertThrows(IllegalArgumentException.class, () -> CsvReader.withHeader().delimiter('"'));
    }

    @Test
    void textIsKeptAsDataOnlyNormalisedToNfc() throws IOException {
        String nfd = Normalizer.normalize("Nguyễn Văn A", Normalizer.Form.NFD);
        RowCollector<CsvRow> c = rows("a,b,c\n=cmd|' /C calc'!A0,<script>x</script>," + nfd + "\n");
        assertEquals(List.of("=cmd|' /C calc'!A0", "<script>x</script>", "Nguyễn Văn A"), c.accepted.get(0).fields());
    }

    @Test
    void writerOutputReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter w = CsvWriter.open(out, CsvWriter.Options.machine())) {
            w.writeRow("a", "b");
            w.writeRow("x,y", "line\nbreak \"q\"");
            w.writeRow(" ", "");
        }
        RowCollector<CsvRow> c = rows(CsvReader.withHeader(), out.toByteArray());
        assertEquals(List.of(List.of("x,y", "line\nbreak \"q\""), List.of(" ", "")),
                c.accepted.stream().map(CsvRow::fields).toList());
    }
}
