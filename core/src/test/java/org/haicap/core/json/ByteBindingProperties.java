package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.constraints.IntRange;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.io.LineReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.procedures.StatusChange;
import org.haicap.core.testing.PaymentArbitraries;
import org.haicap.core.testing.ProcedureArbitraries;

/**
 * The byte path of {@link JsonLinesReader} (hand-written binders for dossiers and payments, over
 * the bytes by {@link ByteScanner} and else over a byte parser, and databind on bytes for other
 * types) gives exactly what the text path
 * {@link JsonLinesReader#readLine(String, SourceLocation)} gives: the same value for a good line
 * and the same problem, to the last word, for a bad one.
 */
class ByteBindingProperties {
    private static final SourceLocation AT = SourceLocation.of("t.jsonl", 7, 1);
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private static final List<JsonLinesReader<Dossier>> DOSSIER_READERS = List.of(
            JsonLinesReader.of(Dossier.class),
            JsonLinesReader.of(Dossier.class).withUnknownFields(UnknownFields.IGNORE).withRecordIdField("code"));
    private static final List<JsonLinesReader<Payment>> PAYMENT_READERS = List.of(
            JsonLinesReader.of(Payment.class).withRecordIdField("id"),
            JsonLinesReader.of(Payment.class).withUnknownFields(UnknownFields.IGNORE));
    private static final List<JsonLinesReader<TestDossier>> OTHER_READERS = List.of(
            JsonLinesReader.of(TestDossier.class),
            JsonLinesReader.of(TestDossier.class).withUnknownFields(UnknownFields.IGNORE));

    /** Generated dossiers, some with a due time, an applicant and notes in Vietnamese. */
    static Arbitrary<Dossier> dossiers() {
        Arbitrary<String> notes = Arbitraries.of("Đã trả kết quả tại bộ phận một cửa", "  Bổ sung giấy tờ  ",
                "Người nộp: Nguyễn Thị Ánh Tuyết", "ghi chú", "Điều 12 — Nghị định 118/2025/NĐ-CP");
        return Combinators.combine(ProcedureArbitraries.dossiers(), Arbitraries.integers().between(0, 7),
                notes, Arbitraries.integers().between(0, 30 * 24 * 60)).as((d, flags, note, dueAfter) -> {
                    Dossier x = d;
                    if ((flags & 1) != 0) {
                        x = x.withDue(x.receivedAt().plusMinutes(dueAfter));
                    }
                    if ((flags & 2) != 0) {
                        x = x.withApplicant(note);
                    }
                    if ((flags & 4) != 0 && !x.history().isEmpty()) {
                        List<StatusChange> h = new ArrayList<>();
                        for (StatusChange c : x.history()) {
                            h.add(new StatusChange(c.at(), c.from(), c.to(), Optional.of(note)));
                        }
                        x = new Dossier(x.code(), x.procedure(), x.unit(), x.channel(), x.receivedAt(), x.due(),
                                x.completedAt(), x.status(), h, x.fullHistory(), x.applicant());
                    }
                    return x;
                });
    }

    @Provide
    Arbitrary<Dossier> someDossiers() {
        return dossiers();
    }

    @Provide
    Arbitrary<List<Dossier>> dossierLists() {
        return dossiers().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Payment> somePayments() {
        return PaymentArbitraries.payments();
    }

    @Property(tries = 100)
    void aWrittenDossierIsBoundByTheBinderAsByDatabind(@ForAll("someDossiers") Dossier d) throws IOException {
        byte[] line = written(d);
        assertEquals(d, bindDirectly(new DossierBinder(), line), "the binder accepts the line by itself");
        assertEquals(d, scanDirectly(new DossierBinder(), line), "the scanner accepts the line by itself");
        for (JsonLinesReader<Dossier> r : DOSSIER_READERS) {
            RowResult<Dossier> bytes = r.readLine(line, 0, line.length, AT);
            assertEquals(new RowResult.Accepted<>(d, AT), bytes);
            assertEquals(r.readLine(new String(line, StandardCharsets.UTF_8), AT), bytes);
        }
    }

    /**
     * A dossier that breaks the rules of {@link org.haicap.core.procedures.DossierConsistency} (any
     * status against its history, a revised due moment anywhere) is still a row, bound alike by
     * the scanner, the binder and databind.
     */
    @Property(tries = 100)
    void anInconsistentDossierWithARevisedDueIsBoundAlikeOnEveryPath(@ForAll("someDossiers") Dossier d,
            @ForAll org.haicap.core.procedures.DossierStatus status, @ForAll @IntRange(min = -30, max = 30) int days)
            throws IOException {
        Dossier x = new Dossier(d.code(), d.procedure(), d.unit(), d.channel(), d.receivedAt(), d.due(),
                Optional.of(d.receivedAt().plusDays(days)), d.completedAt(), status, d.history(), d.fullHistory(),
                d.applicant());
        byte[] line = written(x);
        assertEquals(x, bindDirectly(new DossierBinder(), line), "the binder accepts the line by itself");
        assertEquals(x, scanDirectly(new DossierBinder(), line), "the scanner accepts the line by itself");
        for (JsonLinesReader<Dossier> r : DOSSIER_READERS) {
            RowResult<Dossier> bytes = r.readLine(line, 0, line.length, AT);
            assertEquals(new RowResult.Accepted<>(x, AT), bytes);
            assertEquals(r.readLine(new String(line, StandardCharsets.UTF_8), AT), bytes);
        }
    }

    @Property(tries = 100)
    void aWrittenPaymentIsBoundByTheBinderAsByDatabind(@ForAll("somePayments") Payment p) throws IOException {
        byte[] line = written(p);
        assertEquals(p, bindDirectly(new PaymentBinder(), line), "the binder accepts the line by itself");
        assertEquals(p, scanDirectly(new PaymentBinder(), line), "the scanner accepts the line by itself");
        for (JsonLinesReader<Payment> r : PAYMENT_READERS) {
            RowResult<Payment> bytes = r.readLine(line, 0, line.length, AT);
            assertEquals(new RowResult.Accepted<>(p, AT), bytes);
            assertEquals(r.readLine(new String(line, StandardCharsets.UTF_8), AT), bytes);
        }
    }

    @Property(tries = 100)
    void whiteSpaceWhereJsonAllowsItIsTakenByTheScanner(@ForAll("someDossiers") Dossier d,
            @ForAll("somePayments") Payment p, @ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        byte[] dl = spaced(new String(written(d), StandardCharsets.UTF_8), rnd).getBytes(StandardCharsets.UTF_8);
        assertEquals(d, scanDirectly(new DossierBinder(), dl));
        byte[] pl = spaced(new String(written(p), StandardCharsets.UTF_8), rnd).getBytes(StandardCharsets.UTF_8);
        assertEquals(p, scanDirectly(new PaymentBinder(), pl));
        for (JsonLinesReader<Dossier> r : DOSSIER_READERS) {
            assertSame(r, new String(dl, StandardCharsets.UTF_8));
        }
        for (JsonLinesReader<Payment> r : PAYMENT_READERS) {
            assertSame(r, new String(pl, StandardCharsets.UTF_8));
        }
    }

    @Property(tries = 100)
    void escapedTextAndALateSubjectTypeAreLeftToJacksonAndStillAccepted(@ForAll("somePayments") Payment p,
            @ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        String line = new String(written(p), StandardCharsets.UTF_8);
        String changed = rnd.nextBoolean() ? escapeOneLetter(line, rnd)
                : line.replaceFirst("\\{\"type\":(\"[A-Z_]+\"),(\"[a-zA-Z]+\":(\"[^\"]*\"|[0-9]+))",
                        "{$2,\"type\":$1");
        byte[] b = changed.getBytes(StandardCharsets.UTF_8);
        if (!changed.equals(line)) {
            assertEquals(null, new PaymentBinder().scan(b, 0, b.length, HaicapJson.Limits.DEFAULT), changed);
        }
        for (JsonLinesReader<Payment> r : PAYMENT_READERS) {
            assertEquals(new RowResult.Accepted<>(p, AT), r.readLine(b, 0, b.length, AT), changed);
            assertSame(r, changed);
        }
    }

    @Property(tries = 150)
    void anAmountInAnyFormGivesWhatTheTextPathGives(@ForAll("somePayments") Payment p, @ForAll long seed)
            throws IOException {
        Random rnd = new Random(seed);
        String[] numbers = {"0", "-0", "00", "007", "-7", "7.0", "7e0", "7E+1", "+7", "-", "1 ", " 1", "12a", "1,",
            "999999999999999999", "-999999999999999999", "1000000000000000000", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "123456789012345678901234567890123456789012", "null",
            "true", "\"7\"", "[7]", "0x10", "Infinity", "NaN", "1.", ".5", "--1", "7}", "7]"};
        String line = new String(written(p), StandardCharsets.UTF_8);
        String n = rnd.nextInt(4) == 0 ? Long.toString(rnd.nextLong() >> rnd.nextInt(64))
                : numbers[rnd.nextInt(numbers.length)];
        String changed = line.replaceFirst("\"amount\":-?[0-9]+", "\"amount\":" + n.replace("$", "\\$"));
        for (JsonLinesReader<Payment> r : PAYMENT_READERS) {
            assertSame(r, changed);
            assertScannerAgrees(new PaymentBinder(), r, changed);
        }
    }

    @Property(tries = 300)
    void textOfAnyLengthWithAnythingAnywhereGivesWhatTheTextPathGives(@ForAll("someDossiers") Dossier d,
            @ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        String[] pieces = {"a", "Z", " ", "ệ", "e\u0323\u0302", "Đ", "\"", "\\", "\t", "\u0000", "\u001F", "\u007F",
            "\u00A0", "\uD83D\uDE00", "\uFFFF", "/", "-", "0"};
        StringBuilder t = new StringBuilder();
        for (int i = rnd.nextInt(40); i > 0; i--) {
            t.append(rnd.nextInt(3) == 0 ? pieces[rnd.nextInt(pieces.length)] : "abcdefgh".substring(rnd.nextInt(8)));
        }
        String escaped = text(TREES.getNodeFactory().textNode(t.toString()));
        if (rnd.nextBoolean()) {
            // Raw control characters instead of their escapes, which JSON refuses.
            escaped = escaped.replace("\\t", "\t").replace("\\u0000", "\u0000");
        }
        String line = new String(written(d.withApplicant("PLACEHOLDER")), StandardCharsets.UTF_8);
        String changed = line.replace("\"PLACEHOLDER\"", escaped);
        for (JsonLinesReader<Dossier> r : DOSSIER_READERS) {
            assertSame(r, changed);
            assertScannerAgrees(new DossierBinder(), r, changed);
        }
    }

    /** The line with JSON white space (space, tab, CR) added at random between tokens. */
    static String spaced(String line, Random rnd) {
        String[] ws = {" ", "\t", "\r", "  ", " \t "};
        StringBuilder b = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean between = !inString && (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',');
            if (between && rnd.nextInt(3) == 0) {
                b.append(ws[rnd.nextInt(ws.length)]);
            }
            b.append(c);
            if (between && rnd.nextInt(3) == 0) {
                b.append(ws[rnd.nextInt(ws.length)]);
            }
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
        }
        return (rnd.nextBoolean() ? " " : "") + b + (rnd.nextBoolean() ? "\t " : "");
    }

    /** The line with one ASCII letter inside a string value written as a {@code \\uXXXX} escape. */
    static String escapeOneLetter(String line, Random rnd) {
        List<Integer> letters = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (inString && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                letters.add(i);
            }
        }
        if (letters.isEmpty()) {
            return line;
        }
        int at = letters.get(rnd.nextInt(letters.size()));
        return line.substring(0, at) + String.format("\\u%04X", (int) line.charAt(at)) + line.substring(at + 1);
    }

    @Property(tries = 400)
    void aMutatedDossierLineGivesWhatTheTextPathGives(@ForAll("someDossiers") Dossier d, @ForAll long seed)
            throws IOException {
        String line = mutate(new String(written(d), StandardCharsets.UTF_8), new Random(seed));
        for (JsonLinesReader<Dossier> r : DOSSIER_READERS) {
            assertSame(r, line);
            assertScannerAgrees(new DossierBinder(), r, line);
        }
    }

    @Property(tries = 400)
    void aMutatedPaymentLineGivesWhatTheTextPathGives(@ForAll("somePayments") Payment p, @ForAll long seed)
            throws IOException {
        String line = mutate(new String(written(p), StandardCharsets.UTF_8), new Random(seed));
        for (JsonLinesReader<Payment> r : PAYMENT_READERS) {
            assertSame(r, line);
            assertScannerAgrees(new PaymentBinder(), r, line);
        }
    }

    @Property(tries = 300)
    void aTypeWithoutBinderGivesWhatTheTextPathGives(@ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        TestDossier d = new TestDossier("Hồ sơ " + rnd.nextInt(100), org.haicap.core.units.UnitCode.of("00004"),
                rnd.nextInt(1_000_000), java.time.LocalDate.of(2025, 7, 1).plusDays(rnd.nextInt(400)),
                rnd.nextBoolean() ? Optional.of("Phường Hoàn Kiếm") : Optional.empty());
        String line = new String(written(d), StandardCharsets.UTF_8);
        if (rnd.nextInt(4) != 0) {
            line = mutate(line, rnd);
        }
        for (JsonLinesReader<TestDossier> r : OTHER_READERS) {
            assertSame(r, line);
        }
    }

    @Property(tries = 40)
    void aWholeStreamReadsAsLineByLineThroughText(@ForAll("dossierLists") List<Dossier> ds, @ForAll long seed)
            throws IOException {
        Random rnd = new Random(seed);
        StringBuilder text = new StringBuilder(rnd.nextBoolean() ? "\uFEFF" : "");
        String[] extras = {"", " ", "\t", "\u3000", "\u00A0", "\u2003 ", " \u00A0", "\r", "[]", "{}", "\u0000{}"};
        for (Dossier d : ds) {
            String line = new String(written(d), StandardCharsets.UTF_8);
            int k = rnd.nextInt(10);
            if (k == 0) {
                text.append(extras[rnd.nextInt(extras.length)]).append('\n');
            } else if (k == 1) {
                line = mutate(line, rnd);
            }
            text.append(line).append(rnd.nextBoolean() ? "\n" : "\r\n");
        }
        if (rnd.nextBoolean() && text.length() > 0) {
            text.setLength(text.length() - 1);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (JsonLinesReader<Dossier> r : DOSSIER_READERS) {
            List<RowResult<Dossier>> expected = throughText(r, bytes);
            List<RowResult<Dossier>> read = new ArrayList<>();
            r.read(new ByteArrayInputStream(bytes), "t.jsonl", new RowHandler<Dossier>() {
                @Override
                public void accepted(Dossier row, SourceLocation at) {
                    read.add(new RowResult.Accepted<>(row, at));
                }

                @Override
                public void refused(ReadProblem problem) {
                    read.add(new RowResult.Refused<>(problem));
                }
            });
            assertEquals(expected, read);
            try (var s = r.stream(new ByteArrayInputStream(bytes), "t.jsonl")) {
                assertEquals(expected, s.toList());
            }
        }
    }

    /** What reading gave before the byte path: decode each line, skip blank text, bind the text. */
    private static <T> List<RowResult<T>> throughText(JsonLinesReader<T> r, byte[] bytes) throws IOException {
        List<RowResult<T>> out = new ArrayList<>();
        try (LineReader lines = new LineReader(new ByteArrayInputStream(bytes), "t.jsonl",
                LineReader.DEFAULT_MAX_LINE_BYTES)) {
            for (Iterator<RowResult<String>> it = lines; it.hasNext();) {
                RowResult<String> line = it.next();
                if (line instanceof RowResult.Accepted<String> a) {
                    if (!a.row().isBlank()) {
                        out.add(r.readLine(a.row(), a.location()));
                    }
                } else {
                    out.add(new RowResult.Refused<>(((RowResult.Refused<String>) line).problem()));
                }
            }
        }
        return out;
    }

    private static <T> void assertSame(JsonLinesReader<T> r, String line) {
        byte[] b = ("##" + line + "##").getBytes(StandardCharsets.UTF_8);
        int len = b.length - 4;
        assertEquals(r.readLine(line, AT), r.readLine(b, 2, len, AT), line);
    }

    /** When the scanner takes a line by itself, the text path accepts it with an equal row. */
    private static <T> void assertScannerAgrees(LineBinder<T> binder, JsonLinesReader<T> r, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        T scanned = binder.scan(b, 0, b.length, HaicapJson.Limits.DEFAULT);
        if (scanned != null) {
            assertEquals(new RowResult.Accepted<>(scanned, AT), r.readLine(line, AT), line);
        }
    }

    private static <T> T bindDirectly(LineBinder<T> binder, byte[] line) throws IOException {
        try (JsonParser p = HaicapJson.newFactory(HaicapJson.Limits.DEFAULT).createParser(line)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            T value = binder.bindObject(p);
            assertNotNull(value, () -> new String(line, StandardCharsets.UTF_8));
            return value;
        }
    }

    private static <T> T scanDirectly(LineBinder<T> binder, byte[] line) {
        T value = binder.scan(line, 0, line.length, HaicapJson.Limits.DEFAULT);
        assertNotNull(value, () -> new String(line, StandardCharsets.UTF_8));
        return value;
    }

    private static byte[] written(Object row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Object> w = JsonLinesWriter.open(out)) {
            w.write(row);
        }
        byte[] b = out.toByteArray();
        return java.util.Arrays.copyOf(b, b.length - 1);
    }

    // ---- mutations ------------------------------------------------------------------------

    private static final String[] CHARS = {"\"", ",", ":", "{", "}", "[", "]", " ", "0", "1", "a", "e", "E", "-",
        "+", ".", "\\", "n", "\u00A0", "\u3000", "\u2003", "\u0301", "\u0000", "\t", "\r", "Đ", "ệ", "\uD83D\uDE00",
        "\uFFFF", "\uFFFE", "\u007F", "\u001F", "/", "\\\"", "\\u0041", "\\n", "\\/"};

    private static final String[] VALUES = {"null", "true", "false", "0", "-1", "007", "1e3", "1.5", "1E+2", "-0",
        "123456789012345678901234567890", "9223372036854775807", "9223372036854775808", "\"\"", "\" \"",
        "\"\u3000\"", "\"\u00A0x\"", "[]", "{}", "[null]", "{\"a\":1}", "\"2025-07-14T08:30:00\"",
        "\"2025-07-14T08:30\"", "\"2025-13-01T00:00:00\"", "\"2025-07\"", "\"2025-7\"", "\"+2025-07\"",
        "\"NEW\"", "\"new\"", "\" NEW\"", "\"ACCEPTED\"", "\"RESULT_RETURNED\"", "\"ONLINE\"", "\"CASH\"", "\"PARTY_FEE\"",
        "\"OTHER\"", "\"DOSSIER_FEE\"", "\"1.001022\"", "\"00004\"", "\"H09.UBND-260207-0000000\"",
        "\"Nguye\u0302\u0303n\"", "\"a\\u0000b\"", "\"x\\u0301\"", "\"\\u0041\"", "\"TT-1\"", "50000",
        "-50000", "0", "00", "-", "1.0", "50000.0", "5E4", "+5", "999999999999999999", "1000000000000000000",
        "-9223372036854775808", " 7 ", "\"a\\\"b\"", "\"\\n\"", "\"\\/\"", "\"\\u1EC7\"", "\"Vie\u0323\u0302t\"",
        "\"Việt\"", "\"\t\"", "nul", "tru", "truex", "nullnull", "[1,]", "{\"type\":\"OTHER\"}",
        "{\"type\":\"OTHER\",\"description\":\"Lệ phí\"}", "{\"description\":\"x\",\"type\":\"OTHER\"}",
        "{\"type\":\"DOSSIER_FEE\",\"dossier\":\"H09.UBND-260207-0000000\"}",
        "{\"dossier\":\"H09.UBND-260207-0000000\",\"type\":\"DOSSIER_FEE\"}"};

    private static final String[] NAMES = {"code", "procedure", "unit", "channel", "receivedAt", "due", "completedAt",
        "status", "history", "fullHistory", "applicant", "at", "from", "to", "note", "id", "kind", "subject", "amount",
        "reference", "type", "memberId", "month", "organisationId", "dossier", "description", "zz", "Code",
        "co\u0301de", "name"};

    /** One to three random mutations of a JSON line, at the character or at the field level. */
    static String mutate(String line, Random rnd) {
        String s = line;
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            s = mutateOnce(s, rnd);
        }
        return s;
    }

    private static String mutateOnce(String s, Random rnd) {
        int k = rnd.nextInt(12);
        if (k <= 2 || s.isEmpty()) {
            int at = s.isEmpty() ? 0 : rnd.nextInt(s.length());
            String c = CHARS[rnd.nextInt(CHARS.length)];
            return switch (k) {
                case 0 -> s.isEmpty() ? c : s.substring(0, at) + s.substring(at + 1);
                case 1 -> s.substring(0, at) + c + s.substring(at);
                default -> s.isEmpty() ? c : s.substring(0, at) + c + s.substring(at + 1);
            };
        }
        if (k == 3) {
            return Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        if (k == 4) {
            String[] tails = {" x", " {}", "{}", " ", "\r", "\t", " \u3000", "\u00A0", "]", ",", " null", "//"};
            return s + tails[rnd.nextInt(tails.length)];
        }
        if (k == 5) {
            String[] heads = {" ", "\u00A0", "\u3000", "\uFEFF", "[", "\t", "\u0000"};
            return heads[rnd.nextInt(heads.length)] + s;
        }
        JsonNode tree;
        try {
            tree = TREES.readTree(s);
        } catch (IOException e) {
            return s + " ";
        }
        if (!(tree instanceof ObjectNode obj)) {
            return s;
        }
        return fields(obj, rnd);
    }

    /** Writes an object with a field-level change, possibly inside a nested object. */
    private static String fields(ObjectNode obj, Random rnd) {
        List<String[]> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.add(new String[] {e.getKey(), text(e.getValue())});
        }
        int i = fields.isEmpty() ? 0 : rnd.nextInt(fields.size());
        int what = rnd.nextInt(8);
        if (fields.isEmpty()) {
            what = 3;
        }
        switch (what) {
            case 0 -> fields.add(rnd.nextInt(fields.size() + 1), fields.get(i).clone());
            case 1 -> fields.remove(i);
            case 2 -> fields.get(i)[1] = VALUES[rnd.nextInt(VALUES.length)];
            case 3 -> fields.add(rnd.nextInt(fields.size() + 1),
                    new String[] {NAMES[rnd.nextInt(NAMES.length)], VALUES[rnd.nextInt(VALUES.length)]});
            case 4 -> fields.add(fields.remove(i));
            case 5 -> fields.get(i)[0] = NAMES[rnd.nextInt(NAMES.length)];
            default -> {
                JsonNode v = obj.get(fields.get(i)[0]);
                if (v instanceof ObjectNode o) {
                    fields.get(i)[1] = fields(o, rnd);
                } else if (v instanceof ArrayNode a && !a.isEmpty() && a.get(0) instanceof ObjectNode o) {
                    StringBuilder b = new StringBuilder("[").append(fields(o, rnd));
                    for (int j = 1; j < a.size(); j++) {
                        b.append(',').append(text(a.get(j)));
                    }
                    fields.get(i)[1] = b.append(']').toString();
                } else {
                    fields.get(i)[1] = VALUES[rnd.nextInt(VALUES.length)];
                }
            }
        }
        StringBuilder b = new StringBuilder("{");
        for (String[] f : fields) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(text(TREES.getNodeFactory().textNode(f[0]))).append(':').append(f[1]);
        }
        return b.append('}').toString();
    }

    private static String text(JsonNode n) {
        try {
            return TREES.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
