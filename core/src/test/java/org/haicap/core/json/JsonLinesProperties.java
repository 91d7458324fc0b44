package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.units.UnitCode;
import org.haicap.core.RowCollector;

class JsonLinesProperties {
    private static final int MAX_LINE = 400;
    private static final JsonLinesReader<TestDossier> READER = JsonLinesReader.of(TestDossier.class)
            .withMaxLineBytes(MAX_LINE);

    /** A line of input and what reading it should give. */
    record Line(byte[] bytes, Optional<TestDossier> good, boolean blank) {
    }

    @Provide
    Arbitrary<List<TestDossier>> dossierLists() {
        return dossiers().list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Line>> lineLists() {
        return lines().list().ofMaxSize(30);
    }

    static Arbitrary<TestDossier> dossiers() {
        Arbitrary<String> text = Arbitraries.strings().withChars("aăâđêôơưệỹ ĐƯ\"\\/<>=-").ofMinLength(1).ofMaxLength(15);
        Arbitrary<UnitCode> unit = Arbitraries.strings().numeric().ofLength(5).map(UnitCode::of);
        Arbitrary<Long> amount = Arbitraries.longs().between(0, Long.MAX_VALUE);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 365 * 200).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
        return Combinators.combine(text, unit, amount, date, text.optional())
                .as(TestDossier::new);
    }

    static Arbitrary<Line> lines() {
        Arbitrary<Line> good = dossiers().map(d -> {
            try {
                return new Line(HaicapJson.writer().writeValueAsBytes(d), Optional.of(d), false);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        Arbitrary<Line> garbage = Arbitraries.strings().withChars("x[]{}:,\"0123 aé\\").ofMaxLength(30)
                .map(s -> bad("x" + s));
        Arbitrary<Line> truncated = good.map(l -> new Line(
                java.util.Arrays.copyOf(l.bytes(), l.bytes().length / 2), Optional.empty(), false));
        Arbitrary<Line> notObject = Arbitraries.of("[]", "1", "\"s\"", "null", "false").map(JsonLinesProperties::bad);
        Arbitrary<Line> invalidUtf8 = good.map(l -> {
            byte[] b = java.util.Arrays.copyOf(l.bytes(), l.bytes().length);
            b[b.length / 2] = (byte) 0xFF;
            return new Line(b, Optional.empty(), false);
        });
        Arbitrary<Line> tooLong = Arbitraries.integers().between(MAX_LINE + 1, 3 * MAX_LINE).map(n -> bad("y".repeat(n)));
        Arbitrary<Line> blank = Arbitraries.of("", " ", "\t", "  \r").map(s ->
                new Line(s.getBytes(StandardCharsets.UTF_8), Optional.empty(), true));
        Arbitrary<Line> unknownField = good.map(l -> bad(new String(l.bytes(), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"zz\":1,")));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, good), net.jqwik.api.Tuple.of(1, garbage), net.jqwik.api.Tuple.of(1, truncated),
                net.jqwik.api.Tuple.of(1, notObject), net.jqwik.api.Tuple.of(1, invalidUtf8),
                net.jqwik.api.Tuple.of(1, tooLong), net.jqwik.api.Tuple.of(1, blank),
                net.jqwik.api.Tuple.of(1, unknownField));
    }

    private static Line bad(String text) {
        return new Line(text.getBytes(StandardCharsets.UTF_8), Optional.empty(), false);
    }

    @Property(tries = 150)
    void everyLineIsAccountedForAndGoodLinesComeThroughInOrder(@ForAll("lineLists") List<Line> lines,
            @ForAll boolean crlf, @ForAll boolean finalNewline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> badLineNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.write(lines.get(i).bytes());
            if (i < lines.size() - 1 || finalNewline) {
                out.write(crlf ? "\r\n".getBytes(StandardCharsets.UTF_8) : "\n".getBytes(StandardCharsets.UTF_8));
            }
            if (lines.get(i).good().isEmpty() && !lines.get(i).blank()) {
                badLineNumbers.add(i + 1L);
            }
        }
        RowCollector<TestDossier> rows = new RowCollector<>();
        ReadSummary s = READER.read(new ByteArrayInputStream(out.toByteArray()), "mix.jsonl", rows);

        List<TestDossier> expected = lines.stream().flatMap(l -> l.good().stream()).collect(Collectors.toList());
        assertEquals(expected, rows.accepted);
        assertEquals(s.read(), s.accepted() + s.refused());
        assertEquals(lines.stream().filter(l -> !l.blank()).count(), s.read());
        assertEquals(badLineNumbers, rows.refused.stream().map(p -> p.location().line()).collect(Collectors.toList()));
        assertEquals(rows.refused.size(), s.refused());
        for (ReadProblem p : rows.refused) {
            assertEquals(true, p.excerpt().length() <= ReadProblem.MAX_EXCERPT);
        }
    }

    @Property(tries = 100)
    void writtenRowsReadBackEqual(@ForAll("dossierLists") List<TestDossier> dossiers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<TestDossier> w = JsonLinesWriter.open(out)) {
            for (TestDossier d : dossiers) {
                w.write(d);
            }
        }
        RowCollector<TestDossier> rows = new RowCollector<>();
        ReadSummary s = JsonLinesReader.of(TestDossier.class).read(new ByteArrayInputStream(out.toByteArray()), "rt", rows);
        assertEquals(dossiers, rows.accepted);
        assertEquals(0, s.refused());
    }
}
