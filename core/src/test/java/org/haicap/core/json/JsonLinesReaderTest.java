package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.haicap.core.RowCollector;

class JsonLinesReaderTest {
    private static final JsonLinesReader<TestDossier> READER = JsonLinesReader.of(TestDossier.class);
    static final String GOOD = "{\"code\":\"HS-1\",\"unit\":\"00004\",\"amount\":50000,\"received\":\"2025-07-14\"}";

    static RowCollector<TestDossier> read(String text) throws IOException {
        return read(READER, text.getBytes(StandardCharsets.UTF_8));
    }

    static RowCollector<TestDossier> read(JsonLinesReader<TestDossier> reader, byte[] bytes) throws IOException {
        RowCollector<TestDossier> rows = new RowCollector<>();
        ReadSummary s = reader.read(new ByteArrayInputStream(bytes), "dossiers.jsonl", rows);
        assertEquals(rows.accepted.size(), s.accepted());
        assertEquals(rows.refused.size(), s.refused());
        assertEquals(s.read(), s.accepted() + s.refused());
        return rows;
    }

    /** Reads {@code line} between two good lines and returns its one problem, which must be on line 2. */
    static ReadProblem problemOf(String line) throws IOException {
        RowCollector<TestDossier> rows = read(GOOD + "\n" + line + "\n" + GOOD + "\n");
        assertEquals(2, rows.accepted.size(), () -> "the good lines around it are accepted: " + rows.refused);
        ReadProblem p = rows.only();
        assertEquals(2, p.location().line());
        assertEquals("dossiers.jsonl", p.location().source());
        return p;
    }

    private static String with(String field, String json) {
        return GOOD.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9]+)",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + json));
    }

    @Test
    void readsGoodLinesWithTheirLocations() throws IOException {
        RowCollector<TestDossier> rows = read(GOOD + "\n" + GOOD.replace("HS-1", "HS-2") + "\n");
        assertEquals(List.of(TestDossier.of("HS-1", "00004", 50000, "2025-07-14"),
                TestDossier.of("HS-2", "00004", 50000, "2025-07-14")), rows.accepted);
        assertEquals("dossiers.jsonl:2:1", rows.acceptedAt.get(1).toString());
    }

    @Test
    void duplicateKeyIsRefusedAtTheSecondKey() throws IOException {
        ReadProblem p = problemOf(GOOD.replace("\"unit\"", "\"code\":\"HS-2\",\"unit\""));
        assertEquals(Reason.DUPLICATE_KEY, p.reason());
        assertEquals(16, p.location().column());
        assertEquals(Optional.of("$.code"), p.location().path());
        assertTrue(p.english().contains("\"code\""), p.english());
        assertTrue(p.vietnamese().startsWith("khóa bị lặp"), p.vietnamese());
    }

    @Test
    void unknownFieldIsRefusedByDefaultNamingTheField() throws IOException {
        String line = GOOD.replace("}", ",\"ammount\":3}");
        ReadProblem p = problemOf(line);
        assertEquals(Reason.UNKNOWN_FIELD, p.reason());
        assertEquals(Optional.of("$.ammount"), p.location().path());
        assertTrue(p.english().contains("\"ammount\""), p.english());
        assertTrue(p.message(Locale.forLanguageTag("vi")).contains("\"ammount\""));
    }

    @Test
    void unknownFieldIsSkippedWhenAskedTo() throws IOException {
        String line = GOOD.replace("}", ",\"version2\":{\"x\":[1,2]}}");
        RowCollector<TestDossier> rows = read(READER.withUnknownFields(UnknownFields.IGNORE),
                line.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, rows.accepted.size());
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        ReadProblem p = problemOf(GOOD.replace("\"amount\":50000,", ""));
        assertEquals(Reason.MISSING_FIELD, p.reason());
        assertEquals(Optional.of("$.amount"), p.location().path());
    }

    @Test
    void nullForARequiredFieldIsMissing() throws IOException {
        ReadProblem p = problemOf(with("code", "null"));
        assertEquals(Reason.MISSING_FIELD, p.reason());
        assertEquals(Optional.of("$.code"), p.location().path());
        assertEquals(Reason.MISSING_FIELD, problemOf(with("amount", "null")).reason());
    }

    @Test
    void optionalFieldMayBeAbsentNullOrPresent() throws IOException {
        RowCollector<TestDossier> rows = read(GOOD + "\n" + GOOD.replace("}", ",\"note\":null}") + "\n"
                + GOOD.replace("}", ",\"note\":\"gấp\"}") + "\n");
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of("gấp")),
                rows.accepted.stream().map(TestDossier::note).collect(Collectors.toList()));
    }

    @Test
    void malformedUnitCodeIsAnInvalidValueInBothLanguages() throws IOException {
        ReadProblem p = problemOf(with("unit", "\"4\""));
        assertEquals(Reason.INVALID_VALUE, p.reason());
        assertEquals(Optional.of("$.unit"), p.location().path());
        assertEquals(23, p.location().column());
        assertTrue(p.english().contains("exactly 5 digits"), p.english());
        assertTrue(p.vietnamese().contains("đúng 5 chữ số"), p.vietnamese());
        assertEquals("4", p.excerpt());
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() throws IOException {
        // "Hồ sơ 😀": 7 characters, 12 UTF-8 bytes, 8 UTF-16 units
        ReadProblem p = problemOf(with("code", "\"Hồ sơ 😀\"").replace("\"00004\"", "\"4\""));
        assertEquals(Reason.INVALID_VALUE, p.reason());
        assertEquals(26, p.location().column()); // the value's opening quote; 27 in UTF-16 units, 31 in bytes
    }

    @Test
    void aCodeWrittenAsANumberIsRefused() throws IOException {
        ReadProblem p = problemOf(with("unit", "4"));
        assertEquals(Reason.INVALID_VALUE, p.reason());
        assertTrue(p.english().contains("expected a JSON string"), p.english());
    }

    @Test
    void hugeAndLongNumbers() throws IOException {
        assertEquals(Reason.INVALID_VALUE, problemOf(with("amount", "1e400")).reason());
        assertEquals(Reason.INVALID_VALUE, problemOf(with("amount", "1" + "0".repeat(39))).reason());
        ReadProblem tooLong = problemOf(with("amount", "1" + "0".repeat(49)));
        assertEquals(Reason.NUMBER_TOO_LONG, tooLong.reason());
        assertEquals(Optional.of("$.amount"), tooLong.location().path());
    }

    @Test
    void noCoercionIntoAnAmount() throws IOException {
        assertEquals(Reason.INVALID_VALUE, problemOf(with("amount", "1.5")).reason());
        assertEquals(Reason.INVALID_VALUE, problemOf(with("amount", "\"15\"")).reason());
        assertEquals(Reason.INVALID_VALUE, problemOf(with("amount", "true")).reason());
    }

    @Test
    void theRecordsOwnCheckBecomesAProblem() throws IOException {
        ReadProblem p = problemOf(with("amount", "-1"));
        assertEquals(Reason.INVALID_VALUE, p.reason());
        assertTrue(p.english().contains("negative amount"), p.english());
    }

    @Test
    void datesMustBeIsoStringsOfRealDays() throws IOException {
        ReadProblem p = problemOf(with("received", "\"2025-02-30\""));
        assertEquals(Reason.INVALID_VALUE, p.reason());
        assertEquals(Optional.of("$.received"), p.location().path());
        assertEquals(Reason.INVALID_VALUE, problemOf(with("received", "45678")).reason());
        assertEquals(Reason.INVALID_VALUE, problemOf(with("received", "\"14/07/2025\"")).reason());
    }

    @Test
    void truncatedLinesAreMalformed() throws IOException {
        ReadProblem p = problemOf(GOOD.substring(0, 40));
        assertEquals(Reason.MALFORMED_JSON, p.reason());
        assertEquals(41, p.location().column());
    }

    @Test
    void truncatedLastLineWithoutNewlineIsRefusedAndAGoodOneAccepted() throws IOException {
        RowCollector<TestDossier> rows = read(GOOD + "\n" + GOOD.substring(0, 30));
        assertEquals(1, rows.accepted.size());
        assertEquals(Reason.MALFORMED_JSON, rows.only().reason());
        assertEquals(2, rows.only().location().line());
        assertEquals(2, read(GOOD + "\n" + GOOD).accepted.size());
    }

    @Test
    void linesThatAreValidJsonButNotObjects() throws IOException {
        for (String line : List.of("[1,2]", "42", "\"x\"", "null", "true")) {
            ReadProblem p = problemOf(line);
            assertEquals(Reason.NOT_AN_OBJECT, p.reason(), line);
            assertEquals(1, p.location().column());
        }
    }

    @Test
    void aSecondValueOnTheLineIsRefused() throws IOException {
        ReadProblem p = problemOf(GOOD + " {}");
        assertEquals(Reason.MALFORMED_JSON, p.reason());
        assertEquals(GOOD.length() + 2, p.location().column());
    }

    @Test
    void nulCharactersAreRefusedRawOrEscaped() throws IOException {
        assertEquals(Reason.CONTROL_CHARACTER, problemOf(with("code", "\"a\u0000\"")).reason());
        ReadProblem escaped = problemOf(with("code", "\"a\\u0000\""));
        assertEquals(Reason.CONTROL_CHARACTER, escaped.reason());
        assertEquals("a\\u0000", escaped.excerpt());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        // Skipped fields are still parsed under the limits, so ignoring unknown fields is safe.
        String line = GOOD.replace("}", ",\"extra\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        RowCollector<TestDossier> rows = read(READER.withUnknownFields(UnknownFields.IGNORE),
                line.getBytes(StandardCharsets.UTF_8));
        ReadProblem p = rows.only();
        assertEquals(Reason.NESTING_TOO_DEEP, p.reason());
        assertEquals(GOOD.length() + 9 + 64, p.location().column());
        assertTrue(p.excerpt().length() <= ReadProblem.MAX_EXCERPT);
    }

    @Test
    void tenMegabyteStringIsRefused() throws IOException {
        String line = with("code", "\"" + "x".repeat(10_000_000) + "\"");
        RowCollector<TestDossier> rows = read(READER.withMaxLineBytes(32 << 20),
                (line + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.STRING_TOO_LONG, rows.only().reason());
        assertEquals(1, rows.accepted.size());
    }

    @Test
    void fiftyMegabyteLineIsRefusedWithoutHoldingIt() throws IOException {
        long size = 50L << 20;
        InputStream in = new Generated(GOOD + "\n", size, GOOD + "\n");
        RowCollector<TestDossier> rows = new RowCollector<>();
        ReadSummary s = READER.read(in, "big.jsonl", rows);
        assertEquals(2, s.accepted());
        assertEquals(1, s.refused(Reason.LINE_TOO_LONG));
        assertEquals(2, rows.only().location().line());
        assertTrue(rows.only().english().contains(String.valueOf(size)), rows.only().english());
        assertEquals(3, rows.acceptedAt.get(1).line());
    }

    @Test
    void nfdTextComesOutNfc() throws IOException {
        String nfd = Normalizer.normalize("Hồ sơ Phường Ba Đình", Normalizer.Form.NFD);
        RowCollector<TestDossier> rows = read(with("code", "\"" + nfd + "\"").replace("}", ",\"note\":\"" + nfd + "\"}"));
        assertEquals("Hồ sơ Phường Ba Đình", rows.accepted.get(0).code());
        assertTrue(Normalizer.isNormalized(rows.accepted.get(0).note().orElseThrow(), Normalizer.Form.NFC));
    }

    @Test
    void byteOrderMarkCrlfAndBlankLines() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (GOOD + "\r\n\r\n   \r\n" + GOOD + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        RowCollector<TestDossier> rows = new RowCollector<>();
        ReadSummary s = READER.read(new ByteArrayInputStream(all), "bom.jsonl", rows);
        assertEquals(2, s.accepted());
        assertEquals(0, s.refused());
        assertEquals(2, s.blankLines());
        assertEquals(4, rows.acceptedAt.get(1).line());
    }

    @Test
    void invalidUtf8IsReportedAtItsPosition() throws IOException {
        byte[] line2 = with("code", "\"Hồ\u0001\"").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(line2, (byte) 1);
        line2[at] = (byte) 0xC3; // a lead byte followed by a quote: ill-formed
        byte[] first = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[first.length + line2.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(line2, 0, all, first.length, line2.length);
        RowCollector<TestDossier> rows = read(READER, all);
        ReadProblem p = rows.only();
        assertEquals(Reason.INVALID_UTF8, p.reason());
        assertEquals(2, p.location().line());
        assertEquals(12, p.location().column()); // {"code":"Hồ is 11 characters
        assertTrue(p.english().contains("byte offset " + (first.length + at)), p.english());
        assertTrue(p.english().contains("0xC3"), p.english());
    }

    @Test
    void scriptAndFormulaTextStayAsData() throws IOException {
        String line = with("code", "\"<script>alert(1)</script>\"").replace("}", ",\"note\":\"=cmd|' /C calc'!A0\"}");
        TestDossier d = read(line).accepted.get(0);
        assertEquals("<script>alert(1)</script>", d.code());
        assertEquals(Optional.of("=cmd|' /C calc'!A0"), d.note());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<TestDossier> w = JsonLinesWriter.open(out)) {
            w.write(d);
        }
        assertEquals(List.of(d), read(out.toString(StandardCharsets.UTF_8)).accepted);
    }

    @Test
    void refusedRowsNameTheirRecordIdWhenReadable() throws IOException {
        RowCollector<TestDossier> rows = read(READER.withRecordIdField("code"),
                (with("amount", "-1") + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of("HS-1"), rows.only().location().recordId());
        assertTrue(rows.only().location().toString().startsWith("dossiers.jsonl:1:"));
    }

    @Test
    void streamGivesTheSameOutcomesLazily() {
        String text = GOOD + "\n\n[1]\n" + GOOD + "\n";
        try (Stream<RowResult<TestDossier>> s = READER.stream(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stdin")) {
            List<RowResult<TestDossier>> all = s.collect(Collectors.toList());
            assertEquals(3, all.size());
            assertTrue(all.get(0) instanceof RowResult.Accepted);
            assertEquals(Reason.NOT_AN_OBJECT, ((RowResult.Refused<TestDossier>) all.get(1)).problem().reason());
            assertEquals(4, all.get(2).location().line());
        }
    }

    @Test
    void readsOneLineGivenAsText() {
        RowResult<TestDossier> r = READER.readLine(GOOD, SourceLocation.of("queue", 7, 1));
        assertTrue(r instanceof RowResult.Accepted);
        assertEquals(7, r.location().line());
    }

    @Test
    void readsGzipFilesRecognisedByTheirContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dossiers.data");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((GOOD + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        RowCollector<TestDossier> rows = new RowCollector<>();
        ReadSummary s = READER.read(file, rows);
        assertEquals(2, s.accepted());
        assertEquals("dossiers.data", rows.acceptedAt.get(0).source());
    }

    @Test
    void aBigGeneratedStreamIsReadOneRowAtATime() throws IOException {
        // 100,000 rows, about 7.5 MB, generated on the fly; the handler keeps nothing. The real
        // constant-memory proof (gigabytes under -Xmx256m) belongs in a benchmark, not in this build.
        int rowsWanted = 100_000;
        InputStream in = new Repeated(GOOD + "\n", rowsWanted);
        long[] seen = {0, 0};
        ReadSummary s = READER.read(in, "generated.jsonl", org.haicap.core.io.RowHandler.of(
                (row, at) -> seen[0] += row.amount(), p -> seen[1]++));
        assertEquals(rowsWanted, s.accepted());
        assertEquals(0, seen[1]);
        assertEquals(50000L * rowsWanted, seen[0]);
    }

    @Test
    void rowsArriveWhileTheInputIsStillBeingRead() {
        // An endless input: the reader must hand over rows as it goes, reading ahead at most a buffer.
        Repeated endless = new Repeated(GOOD + "\n", Long.MAX_VALUE / 200);
        long[] rows = {0};
        RuntimeException stop = new RuntimeException("enough");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> READER.read(endless, "endless.jsonl",
                org.haicap.core.io.RowHandler.of((row, at) -> {
                    if (++rows[0] == 1000) {
                        throw stop;
                    }
                }, p -> { })));
        assertEquals(stop, thrown);
        assertTrue(endless.position() < 1000L * (GOOD.length() + 1) + 128 * 1024, () -> "read " + endless.position());
    }

    @Test
    void limitsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxLineBytes(0));
        assertFalse(READER.withMaxLineBytes(10) == READER);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
