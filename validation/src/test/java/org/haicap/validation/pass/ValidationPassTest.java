package org.haicap.validation.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.DatasetWriter;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.validation.Finding;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.haicap.validation.testing.ValidCommuneArbitraries;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one pass: the same findings, figures and rows on one thread and on several, sinks, progress. */
class ValidationPassTest {

    private static final int ROWS = 3000;
    /** The line of the malformed row (1-based). */
    private static final int MALFORMED_LINE = 2500;
    /** The line whose code repeats the code of line 10 (far from it: another piece on 3 threads). */
    private static final int FAR_DUPLICATE_LINE = 2900;
    /** The line whose code repeats the code of line 11 (next to it: the same piece). */
    private static final int NEAR_DUPLICATE_LINE = 12;

    @TempDir
    Path dir;

    private final ValidCommune commune = ValidCommuneArbitraries.example(UnitCode.of("00004"));
    private Path datasetFile;
    private Path dossierFile;
    private Path paymentFile;

    @BeforeEach
    void files() throws IOException {
        datasetFile = dir.resolve("dataset.json");
        DatasetWriter.write(commune.dataset(), datasetFile);
        Dossier good = commune.dossiers().get(0);
        StringBuilder lines = new StringBuilder();
        for (int line = 1; line <= ROWS; line++) {
            if (line == MALFORMED_LINE) {
                lines.append("{\"code\": \"broken\n");
                continue;
            }
            long seq = line == FAR_DUPLICATE_LINE ? 10 : line == NEAR_DUPLICATE_LINE ? 11 : line;
            Dossier d = new Dossier(DossierCode.of("H01", good.receivedOn(), seq, 6), good.procedure(), good.unit(),
                    good.channel(), good.receivedAt(), good.due(), good.revisedDue(), good.completedAt(), good.status(),
                    good.history(), good.fullHistory(), good.applicant());
            lines.append(jsonLine(d));
        }
        dossierFile = dir.resolve("dossiers.jsonl");
        Files.writeString(dossierFile, lines, StandardCharsets.UTF_8);
        paymentFile = dir.resolve("payments.jsonl");
        StringBuilder p = new StringBuilder();
        for (Payment x : commune.payments()) {
            p.append(jsonLine(x));
        }
        Files.writeString(paymentFile, p, StandardCharsets.UTF_8);
    }

    private static String jsonLine(Object row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Object> w = JsonLinesWriter.open(out)) {
            w.write(row);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private PassInputs inputs() {
        return PassInputs.builder().dataset(Input.file(datasetFile)).dossiers(Input.file(dossierFile))
                .payments(Input.file(paymentFile)).build();
    }

    private ValidationPass.Builder pass(int threads) {
        return ValidationPass.builder().parameters(commune.parameters()).asOf(commune.asOf()).threads(threads)
                .splitBytes(1).sampleSize(50);
    }

    /** Per rule: errors, warnings, infos and measure. */
    private static Map<String, String> shape(ValidationResult r) {
        Map<String, String> out = new TreeMap<>();
        for (ValidationResult.RuleSummary s : r.rules().values()) {
            out.put(s.ruleId(), s.errors() + "/" + s.warnings() + "/" + s.infos() + " "
                    + (s.hasMeasure() ? s.measure().passed() + "/" + s.measure().total() : "-"));
        }
        return out;
    }

    /** A listener keeping the codes of the accepted dossiers in the order it is given them. */
    static final class Codes implements PassListener<List<String>> {
        @Override
        public Piece<List<String>> newPiece(PassContext context, StreamKind kind) {
            List<String> codes = new ArrayList<>();
            return new Piece<>() {
                @Override
                public void dossier(Dossier dossier, SourceLocation at) {
                    codes.add(dossier.code().value());
                }

                @Override
                public List<String> result() {
                    return List.copyOf(codes);
                }
            };
        }

        @Override
        public List<String> combine(List<String> earlier, List<String> later) {
            List<String> all = new ArrayList<>(earlier);
            all.addAll(later);
            return List.copyOf(all);
        }
    }

    @Test
    @DisplayName("three threads give the counts, measures, rows and listener results of one, and whole-file lines")
    void threadsChangeNothing() {
        Codes codes = new Codes();
        PassResult one = pass(1).listener(codes).build().run(inputs());
        PassResult three = pass(3).listener(codes).build().run(inputs());
        assertEquals(shape(one.result()), shape(three.result()));
        assertEquals(ROWS - 1, one.rows(StreamKind.DOSSIERS).accepted());
        assertEquals(1, one.rows(StreamKind.DOSSIERS).refused());
        assertEquals(one.rows(StreamKind.DOSSIERS), three.rows(StreamKind.DOSSIERS));
        assertEquals(one.rows(StreamKind.PAYMENTS), three.rows(StreamKind.PAYMENTS));
        assertEquals(ROWS - 1, one.get(codes).size());
        assertEquals(one.get(codes), three.get(codes));
        assertEquals(2, one.result().count("vn.dossier.duplicate-code"));
        assertEquals(2, three.result().count("vn.dossier.duplicate-code"));
        for (PassResult r : List.of(one, three)) {
            List<Finding> malformed = r.result().findings("vn.read.malformed-json");
            assertEquals(1, malformed.size());
            assertEquals("dossiers.jsonl", malformed.get(0).location().source());
            assertEquals(MALFORMED_LINE, malformed.get(0).location().line());
            assertTrue(r.result().findings("vn.dossier.duplicate-code").stream()
                    .anyMatch(f -> f.location().line() == NEAR_DUPLICATE_LINE), r.result().toString());
        }
        assertTrue(one.result().findings("vn.dossier.duplicate-code").stream()
                .anyMatch(f -> f.location().line() == FAR_DUPLICATE_LINE));
    }

    @Test
    @DisplayName("the dataset's rules are judged too: the pass's result holds the dataset validator's findings")
    void datasetRules() {
        PassResult r = pass(1).build().run(inputs());
        ValidationResult datasetOnly = org.haicap.validation.rules.DatasetValidator.of(commune.parameters())
                .withSampleSize(50).validate(commune.dataset(), commune.asOf());
        for (String rule : datasetOnly.ruleIds()) {
            assertEquals(datasetOnly.count(rule), r.result().count(rule), rule);
            assertEquals(datasetOnly.measure(rule), r.result().measure(rule), rule);
        }
        assertEquals(commune.dataset().units(), r.context().dataset().units());
    }

    @Test
    @DisplayName("sinks: accepted rows as JSON Lines, refused rows with file, line, rule and reason, the same on 3 threads")
    void sinks() throws IOException {
        for (int threads : new int[] {1, 3}) {
            Path out = dir.resolve("out" + threads);
            Path refused = out.resolve("refused.jsonl");
            pass(threads).sinks(RowSinks.NONE.withAccepted(out).withRefused(refused)).build().run(inputs());
            List<String> accepted = Files.readAllLines(out.resolve(RowSinks.acceptedFileName(StreamKind.DOSSIERS)));
            assertEquals(ROWS - 1, accepted.size());
            assertTrue(accepted.get(0).contains("\"code\":\"H01-"), accepted.get(0));
            assertEquals(commune.payments().size(),
                    Files.readAllLines(out.resolve(RowSinks.acceptedFileName(StreamKind.PAYMENTS))).size());
            List<String> bad = Files.readAllLines(refused);
            assertEquals(1, bad.size(), bad.toString());
            String row = bad.get(0);
            assertTrue(row.startsWith("{\"line\":" + MALFORMED_LINE + ",\"file\":\"dossiers.jsonl\",\"stream\":\"dossiers\","
                    + "\"rule\":\"vn.read.malformed-json\",\"severity\":\"error\""), row);
            assertTrue(row.contains("\"vi\":\"") && row.contains("\"en\":\""), row);
            try (var left = Files.list(out)) {
                assertEquals(3, left.count(), "no temporary files are left");
            }
        }
    }

    @Test
    @DisplayName("progress: every input is announced, the last call is done with every byte and a share of 1")
    void progress() throws IOException {
        List<Progress> seen = new CopyOnWriteArrayList<>();
        pass(2).progress(seen::add).build().run(inputs());
        Progress last = seen.get(seen.size() - 1);
        long total = Files.size(datasetFile) + Files.size(dossierFile) + Files.size(paymentFile);
        assertTrue(last.done());
        assertEquals(total, last.totalBytes());
        assertEquals(total, last.bytes());
        assertEquals(1.0, last.share().getAsDouble());
        assertEquals(ROWS + commune.payments().size(), last.rows());
        assertTrue(seen.stream().anyMatch(p -> p.source().equals("dataset.json")));
        assertTrue(seen.stream().anyMatch(p -> !p.done() && p.rows() > 0), "a call between the start and the end");
        assertEquals(seen.size() - 1, seen.stream().filter(p -> !p.done()).count());
    }

    @Test
    @DisplayName("a pass on prepared reference data reads only the streams and finds the same")
    void prepared() {
        ValidationPass pass = pass(1).build();
        ValidationPass.Prepared prepared = pass.prepare(inputs());
        assertEquals(shape(pass.run(inputs()).result()), shape(pass.run(prepared, inputs()).result()));
    }

    @Test
    @DisplayName("bad inputs: a CSV named as dataset, a missing file, no date — each says which and why")
    void badInputs() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> PassInputs.builder().dataset(Input.file(dir.resolve("d.csv"))));
        assertTrue(notJson instanceof PassInputException && notJson.getMessage().contains("d.csv")
                && notJson.getMessage().contains("must be JSON"),
                notJson.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Input.file(dir.resolve("dossiers.txt")));
        assertTrue(unknown.getMessage().contains("dossiers.txt"), unknown.getMessage());
        PassInputs missing = PassInputs.builder().dataset(Input.file(datasetFile))
                .dossiers(Input.file(dir.resolve("missing.jsonl"))).build();
        UncheckedIOException io = assertThrows(UncheckedIOException.class, () -> pass(1).build().run(missing));
        assertTrue(io.getMessage().startsWith("missing.jsonl: "), io.getMessage());
        assertThrows(NullPointerException.class, () -> ValidationPass.builder().build());
        assertThrows(IllegalArgumentException.class, () -> ValidationPass.builder().threads(0));
    }

    @Test
    @DisplayName("byte ranges start after a newline, cover the file and are read back whole")
    void byteRanges() throws IOException {
        List<ByteRange> ranges = ByteRange.split(dossierFile, 4);
        assertEquals(4, ranges.size());
        byte[] all = Files.readAllBytes(dossierFile);
        long at = 0;
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (ByteRange r : ranges) {
            assertEquals(at, r.start());
            assertTrue(r.start() == 0 || all[(int) r.start() - 1] == '\n');
            try (var in = r.open()) {
                in.transferTo(joined);
            }
            at = r.end();
        }
        assertEquals(all.length, at);
        assertEquals(new String(all, StandardCharsets.UTF_8), joined.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), ByteRange.split(Files.writeString(dir.resolve("empty.jsonl"), ""), 3));
    }
}
