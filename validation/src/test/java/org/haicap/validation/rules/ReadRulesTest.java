package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.json.DossierCsv;
import org.haicap.core.json.HaicapJson;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.json.UnknownFields;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.validation.Finding;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * For each reason a reader refuses a row, a stream of valid dossiers with one such row: the row is
 * a finding of {@code vn.read.<reason>} at its line, the others pass, and the counts reconcile.
 */
class ReadRulesTest {

    private static final String[] ALL_READ_RULES = readRuleIds();

    private final ValidCommune commune = Fixture.commune();

    private static String[] readRuleIds() {
        ReadProblem.Reason[] reasons = ReadProblem.Reason.values();
        String[] ids = new String[reasons.length];
        for (int i = 0; i < reasons.length; i++) {
            ids[i] = Rules.read(reasons[i]).id();
        }
        return ids;
    }

    /** The valid dossiers as JSON Lines, one per element. */
    private List<String> jsonLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Dossier> w = JsonLinesWriter.open(out)) {
            for (Dossier d : commune.dossiers()) {
                w.write(d);
            }
        }
        return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    /** The valid dossiers as CSV rows, header first. */
    private List<String> csvLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var w = DossierCsv.writer(out)) {
            for (Dossier d : commune.dossiers()) {
                w.write(d);
            }
        }
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r?\n"));
    }

    /** The valid lines with {@code bad} inserted as the second line (third with a CSV header). */
    private static byte[] withSecond(List<String> lines, int at, byte[] bad) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i == at) {
                b.writeBytes(bad);
                b.write('\n');
            }
            b.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
            b.write('\n');
        }
        return b.toByteArray();
    }

    private ValidationResult json(JsonLinesReader<Dossier> reader, String bad) throws IOException {
        return json(reader, bad.getBytes(StandardCharsets.UTF_8));
    }

    private ValidationResult json(JsonLinesReader<Dossier> reader, byte[] bad) throws IOException {
        DossierCheck check = DossierCheck.of(commune.dataset(), commune.parameters());
        ReadSummary s = reader.read(new ByteArrayInputStream(withSecond(jsonLines(), 1, bad)), "d.jsonl", check);
        assertEquals(s.read(), s.accepted() + s.refused());
        assertEquals(1, s.refused());
        return check.result();
    }

    private ValidationResult csv(byte[] text) throws IOException {
        DossierCheck check = DossierCheck.of(commune.dataset(), commune.parameters());
        ReadSummary s = CsvReader.withHeader().read(new ByteArrayInputStream(text), "d.csv", DossierCsv.mapper(),
                check);
        assertEquals(s.read(), s.accepted() + s.refused());
        return check.result();
    }

    private static void onlyReadFinding(ValidationResult r, ReadProblem.Reason reason, long line) {
        String id = Rules.read(reason).id();
        assertEquals(Map.of(id, 1L), Fixture.counts(r), () -> r.summary(java.util.Locale.ENGLISH));
        Finding f = r.findings(id).get(0);
        assertEquals(line, f.location().line(), f::toString);
    }

    private static JsonLinesReader<Dossier> reader() {
        return JsonLinesReader.of(Dossier.class);
    }

    private String firstLine() throws IOException {
        return jsonLines().get(0);
    }

    /** A valid dossier that moved to PROCESSING with a note, the note written as {@code jsonText}. */
    private String withNote(String jsonText) throws IOException {
        Dossier d = commune.dossiers().get(0);
        Dossier noted = d.transition(DossierStatus.PROCESSING, d.receivedAt().plusHours(1), "NOTE");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Dossier> w = JsonLinesWriter.open(out)) {
            w.write(noted);
        }
        String line = out.toString(StandardCharsets.UTF_8).trim();
        if (!line.contains("\"NOTE\"")) {
            throw new AssertionError("the note is not written as expected: " + line);
        }
        return line.replace("\"NOTE\"", "\"" + jsonText + "\"");
    }

    @Test
    @RuleCase(value = {"vn.read.invalid-utf8", "vn.read.line-too-long", "vn.read.malformed-json",
            "vn.read.not-an-object", "vn.read.nesting-too-deep", "vn.read.string-too-long",
            "vn.read.number-too-long", "vn.read.document-too-long", "vn.read.duplicate-key",
            "vn.read.unknown-field", "vn.read.missing-field", "vn.read.invalid-value",
            "vn.read.control-character", "vn.read.csv-field-count", "vn.read.csv-unterminated-quote",
            "vn.read.csv-stray-quote", "vn.read.csv-header"}, outcome = RuleCase.Outcome.PASSES)
    @DisplayName("valid JSON Lines and CSV streams give no read finding")
    void validStreams() throws IOException {
        assertEquals(17, ALL_READ_RULES.length, "a new read reason needs its case here");
        DossierCheck check = DossierCheck.of(commune.dataset(), commune.parameters());
        byte[] lines = String.join("\n", jsonLines()).getBytes(StandardCharsets.UTF_8);
        ReadSummary s = reader().read(new ByteArrayInputStream(lines), "d.jsonl", check);
        assertEquals(commune.dossiers().size(), s.accepted());
        assertEquals(0, s.refused());
        assertEquals(Map.of(), Fixture.counts(check.result()));
        ValidationResult c = csv(String.join("\n", csvLines()).getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(), Fixture.counts(c));
    }

    @Test
    @RuleCase(value = "vn.read.invalid-utf8", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("bytes that are not UTF-8")
    void invalidUtf8() throws IOException {
        byte[] good = firstLine().replace("\"code\":\"", "\"code\":\"\u0001").getBytes(StandardCharsets.UTF_8);
        int at = firstLine().indexOf("\"code\":\"") + 8;
        good[at] = (byte) 0xC3;
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, at + 1);
        bad[at + 1] = (byte) 0x28;
        System.arraycopy(good, at + 1, bad, at + 2, good.length - at - 1);
        onlyReadFinding(json(reader(), bad), ReadProblem.Reason.INVALID_UTF8, 2);
    }

    @Test
    @RuleCase(value = "vn.read.line-too-long", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a line longer than the reader's maximum")
    void lineTooLong() throws IOException {
        int max = jsonLines().stream().mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow() + 1;
        String bad = firstLine().replace("}", ",\"x\":\"" + "x".repeat(max) + "\"}");
        onlyReadFinding(json(reader().withMaxLineBytes(max), bad), ReadProblem.Reason.LINE_TOO_LONG, 2);
    }

    @Test
    @RuleCase(value = "vn.read.malformed-json", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a truncated line")
    void malformed() throws IOException {
        String line = firstLine();
        onlyReadFinding(json(reader(), line.substring(0, line.length() / 2)), ReadProblem.Reason.MALFORMED_JSON, 2);
    }

    @Test
    @RuleCase(value = "vn.read.not-an-object", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a line that is an array")
    void notAnObject() throws IOException {
        onlyReadFinding(json(reader(), "[" + firstLine() + "]"), ReadProblem.Reason.NOT_AN_OBJECT, 2);
    }

    @Test
    @RuleCase(value = "vn.read.nesting-too-deep", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("arrays nested deeper than the limit, even in an ignored field")
    void nesting() throws IOException {
        String bad = firstLine().replace("}", ",\"extra\":" + "[".repeat(100) + "]".repeat(100) + "}");
        onlyReadFinding(json(reader().withUnknownFields(UnknownFields.IGNORE), bad),
                ReadProblem.Reason.NESTING_TOO_DEEP, 2);
    }

    @Test
    @RuleCase(value = "vn.read.string-too-long", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a string longer than the limit")
    void stringTooLong() throws IOException {
        HaicapJson.Limits d = HaicapJson.Limits.DEFAULT;
        HaicapJson.Limits small = new HaicapJson.Limits(d.maxNestingDepth(), 100, d.maxNumberLength(),
                d.maxNameLength(), d.maxDocumentLength());
        onlyReadFinding(json(reader().withLimits(small), withNote("x".repeat(200))),
                ReadProblem.Reason.STRING_TOO_LONG, 2);
    }

    @Test
    @RuleCase(value = "vn.read.number-too-long", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a number with more digits than the limit")
    void numberTooLong() throws IOException {
        String bad = firstLine().replace("}", ",\"extra\":1" + "0".repeat(60) + "}");
        onlyReadFinding(json(reader().withUnknownFields(UnknownFields.IGNORE), bad),
                ReadProblem.Reason.NUMBER_TOO_LONG, 2);
    }

    @Test
    @RuleCase(value = "vn.read.document-too-long", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a row longer than the document limit")
    void documentTooLong() throws IOException {
        HaicapJson.Limits d = HaicapJson.Limits.DEFAULT;
        int longest = jsonLines().stream().mapToInt(String::length).max().orElseThrow();
        HaicapJson.Limits small = new HaicapJson.Limits(d.maxNestingDepth(), d.maxStringLength(),
                d.maxNumberLength(), d.maxNameLength(), longest + 10);
        String bad = firstLine().replace("}", ",\"extra\":\"" + "x".repeat(longest) + "\"}");
        onlyReadFinding(json(reader().withLimits(small).withUnknownFields(UnknownFields.IGNORE), bad),
                ReadProblem.Reason.DOCUMENT_TOO_LONG, 2);
    }

    @Test
    @RuleCase(value = "vn.read.duplicate-key", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a key twice in one object")
    void duplicateKey() throws IOException {
        String line = firstLine();
        String bad = line.replaceFirst("\\{", "{\"channel\":\"IN_PERSON\",");
        onlyReadFinding(json(reader(), bad), ReadProblem.Reason.DUPLICATE_KEY, 2);
    }

    @Test
    @RuleCase(value = "vn.read.unknown-field", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a field the dossier does not have")
    void unknownField() throws IOException {
        onlyReadFinding(json(reader(), firstLine().replace("}", ",\"colour\":\"red\"}")),
                ReadProblem.Reason.UNKNOWN_FIELD, 2);
    }

    @Test
    @RuleCase(value = "vn.read.missing-field", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a dossier without its code")
    void missingField() throws IOException {
        String bad = firstLine().replaceFirst("\"code\":\"[^\"]*\",?", "");
        onlyReadFinding(json(reader(), bad), ReadProblem.Reason.MISSING_FIELD, 2);
    }

    @Test
    @RuleCase(value = "vn.read.invalid-value", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a unit code written as a number")
    void invalidValue() throws IOException {
        String bad = firstLine().replaceFirst("\"unit\":\"[0-9]+\"", "\"unit\":4");
        onlyReadFinding(json(reader(), bad), ReadProblem.Reason.INVALID_VALUE, 2);
    }

    @Test
    @RuleCase(value = "vn.read.control-character", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a NUL character in a string")
    void controlCharacter() throws IOException {
        onlyReadFinding(json(reader(), withNote("a\\u0000b")), ReadProblem.Reason.CONTROL_CHARACTER, 2);
    }

    private byte[] csvWithSecondRow(String bad) throws IOException {
        return withSecond(csvLines(), 2, bad.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @RuleCase(value = "vn.read.csv-field-count", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a CSV row with a field too few")
    void csvFieldCount() throws IOException {
        String row = csvLines().get(1);
        onlyReadFinding(csv(csvWithSecondRow(row.substring(0, row.lastIndexOf(',')))),
                ReadProblem.Reason.CSV_FIELD_COUNT, 3);
    }

    @Test
    @RuleCase(value = "vn.read.csv-unterminated-quote", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a CSV field whose quote never closes")
    void csvUnterminatedQuote() throws IOException {
        String text = String.join("\n", csvLines()) + "\n" + csvLines().get(1).replaceFirst(",", ",\"") + "\n";
        onlyReadFinding(csv(text.getBytes(StandardCharsets.UTF_8)), ReadProblem.Reason.CSV_UNTERMINATED_QUOTE,
                csvLines().size() + 1);
    }

    @Test
    @RuleCase(value = "vn.read.csv-stray-quote", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a quote inside an unquoted CSV field")
    void csvStrayQuote() throws IOException {
        String row = csvLines().get(1);
        int comma = row.indexOf(',');
        onlyReadFinding(csv(csvWithSecondRow(row.substring(0, comma - 1) + "\"" + row.substring(comma - 1))),
                ReadProblem.Reason.CSV_STRAY_QUOTE, 3);
    }

    @Test
    @RuleCase(value = "vn.read.csv-header", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a CSV header with a repeated name refuses every row after it")
    void csvHeader() throws IOException {
        List<String> lines = csvLines();
        String header = lines.get(0);
        String first = header.substring(0, header.indexOf(','));
        String text = header + "," + first + "\n" + String.join("\n", lines.subList(1, lines.size())) + "\n";
        ValidationResult r = csv(text.getBytes(StandardCharsets.UTF_8));
        // Nothing is lost: every row after a bad header is refused for it, at its own line.
        String id = Rules.read(ReadProblem.Reason.CSV_HEADER).id();
        assertEquals(Map.of(id, (long) lines.size() - 1), Fixture.counts(r), () -> r.summary(java.util.Locale.ENGLISH));
        assertEquals(2, r.findings(id).get(0).location().line());
    }
}
