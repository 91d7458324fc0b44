package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

    private static Finding at(String rule, int line, Severity s) {
        return Finding.of(rule, s, Location.of("units.csv").atLine(line), "sai", "wrong");
    }

    @Test
    void emptyHasNothing() {
        ValidationResult r = ValidationResult.empty();
        assertFalse(r.hasErrors());
        assertTrue(r.isEmpty());
        assertEquals(Optional.empty(), r.worstSeverity());
        assertEquals(0, r.count("x"));
        assertEquals(List.of(), r.findings("x"));
        assertEquals(ValidationResult.DEFAULT_SAMPLE_SIZE, r.sampleSize());
    }

    @Test
    void countsAreExactAndSamplesAreTheFirstByKey() {
        ValidationResult.Builder b = ValidationResult.builder(3);
        for (int line = 100; line >= 1; line--) {
            b.add(at("vn.secretary", line, line % 10 == 0 ? Severity.WARNING : Severity.ERROR));
        }
        ValidationResult r = b.build();
        assertEquals(100, r.count("vn.secretary"));
        assertEquals(90, r.count(Severity.ERROR));
        assertEquals(10, r.count(Severity.WARNING));
        assertTrue(r.hasErrors());
        assertEquals(Optional.of(Severity.ERROR), r.worstSeverity());
        assertEquals(List.of(1L, 2L, 3L), r.findings("vn.secretary").stream()
                .map(f -> f.location().line()).collect(Collectors.toList()));
    }

    @Test
    void measuresAddUp() {
        ValidationResult a = ValidationResult.empty().withMeasure("vn.secretary", new Measure(60, 60));
        ValidationResult b = ValidationResult.empty().withMeasure("vn.secretary", new Measure(65, 66));
        ValidationResult r = a.merge(b);
        assertEquals(Optional.of(new Measure(125, 126)), r.measure("vn.secretary"));
        assertEquals(0, r.count("vn.secretary"));
        assertFalse(r.hasErrors());
        assertTrue(r.ruleIds().contains("vn.secretary"));
        assertEquals(Optional.empty(), ValidationResult.empty().with(at("r", 1, Severity.INFO)).measure("r"));
    }

    @Test
    void mergingKeepsTheSmallerSampleSize() {
        ValidationResult a = ValidationResult.builder(2).add(at("r", 1, Severity.ERROR)).add(at("r", 2, Severity.ERROR))
                .build();
        ValidationResult b = ValidationResult.builder(1).add(at("r", 0 + 3, Severity.ERROR)).build();
        ValidationResult r = a.merge(b);
        assertEquals(1, r.sampleSize());
        assertEquals(1, r.findings("r").size());
        assertEquals(3, r.count("r"));
    }

    @Test
    void summaryInBothLanguages() {
        ValidationResult r = ValidationResult.builder().add(at("vn.secretary", 4, Severity.ERROR))
                .add(at("vn.secretary", 9, Severity.WARNING)).measure("vn.secretary", 125, 126).build();
        String vi = r.summary(Locale.forLanguageTag("vi"));
        assertTrue(vi.startsWith("Kết quả kiểm tra: 1 quy tắc; 1 lỗi, 1 cảnh báo, 0 thông tin"), vi);
        assertTrue(vi.contains("- vn.secretary: 1 lỗi, 1 cảnh báo, 0 thông tin; đạt 125/126"), vi);
        assertTrue(vi.contains("lỗi vn.secretary tại units.csv:4: sai"), vi);
        String en = r.summary(Locale.ENGLISH, 1);
        assertTrue(en.contains("- vn.secretary: 1 error, 1 warning, 0 info; passed 125/126"), en);
        assertTrue(en.contains("… 1 more"), en);
        assertEquals(r.summary(Locale.ENGLISH), r.toString());
    }

    @Test
    void collectorOnAParallelStreamEqualsSequential() {
        List<Finding> all = new ArrayList<>();
        IntStream.range(1, 2000).forEach(i -> all.add(at("r" + (i % 3), i, Severity.values()[i % 3])));
        ValidationResult seq = ValidationResult.of(all);
        ValidationResult par = all.parallelStream().collect(ValidationResult.collector());
        assertEquals(seq, par);
        assertEquals(seq.hashCode(), par.hashCode());
    }

    @Test
    void serialisable() throws Exception {
        ValidationResult r = ValidationResult.builder().add(at("r", 1, Severity.ERROR).withPersonalValue("001095012345"))
                .measure("m", 1, 2).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(r, in.readObject());
        }
    }

    @Test
    void refusesNegativeSampleSizes() {
        assertThrows(IllegalArgumentException.class, () -> ValidationResult.empty(-1));
        assertThrows(IllegalArgumentException.class, () -> ValidationResult.builder(-1));
    }

    @Test
    void sampleSizeZeroKeepsOnlyCounts() {
        ValidationResult r = ValidationResult.builder(0).add(at("r", 1, Severity.ERROR)).build();
        assertEquals(1, r.count("r"));
        assertEquals(List.of(), r.findings("r"));
        assertEquals(1, r.rules().get("r").errors());
    }
}
