package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The monoid laws of {@link ValidationResult#merge} and the split law for parallel checking. */
class ValidationResultProperties {

    @Provide
    Arbitrary<Finding> finding() {
        Arbitrary<Location> location = Combinators.combine(Arbitraries.of("a.csv", "b.csv"),
                Arbitraries.longs().between(0, 6), Arbitraries.of("", "k1", "k2"), Arbitraries.of("", "p", "q.r"))
                .as(Location::new);
        return Combinators.combine(Arbitraries.of("r1", "r2", "r3"), Arbitraries.of(Severity.class), location,
                Arbitraries.of("m", "n"), Arbitraries.of("", "001095012345", "x"))
                .as((rule, severity, loc, msg, value) -> {
                    Finding f = Finding.of(rule, severity, loc, msg + "-vi", msg + "-en");
                    return value.isEmpty() ? f : f.withPersonalValue(value);
                });
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        return finding().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<ValidationResult> result() {
        return Combinators.combine(findings(), Arbitraries.of("r1", "r2", "m"), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 3), Arbitraries.of("lý do a", "lý do b"))
                .as((fs, rule, n, unchecked, why) -> {
                    ValidationResult.Builder b = ValidationResult.builder(3).addAll(fs);
                    if (n > 0) {
                        b.measure(rule, n / 2, n);
                    }
                    b.notChecked(rule, new ValidationResult.NotChecked(unchecked, why, why + " (en)"));
                    return b.build();
                });
    }

    @Property(tries = 300)
    void mergeIsAssociative(@ForAll("result") ValidationResult a, @ForAll("result") ValidationResult b,
            @ForAll("result") ValidationResult c) {
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
    }

    @Property(tries = 300)
    void mergeIsCommutative(@ForAll("result") ValidationResult a, @ForAll("result") ValidationResult b) {
        assertEquals(a.merge(b), b.merge(a));
    }

    @Property(tries = 300)
    void emptyIsTheIdentity(@ForAll("result") ValidationResult a) {
        assertEquals(a, ValidationResult.empty().merge(a));
        assertEquals(a, a.merge(ValidationResult.empty()));
        assertEquals(a, ValidationResult.empty(3).merge(a));
    }

    @Property(tries = 500)
    void mergingSplitPiecesGivesTheWhole(@ForAll("findings") List<Finding> all,
            @ForAll @IntRange(max = 40) int i, @ForAll @IntRange(max = 40) int j,
            @ForAll @IntRange(min = 0, max = 6) int k) {
        int x = Math.min(i, all.size());
        int y = Math.max(x, Math.min(j, all.size()));
        ValidationResult whole = ValidationResult.builder(k).addAll(all).build();
        ValidationResult pieces = ValidationResult.builder(k).addAll(all.subList(0, x)).build()
                .merge(ValidationResult.builder(k).addAll(all.subList(x, y)).build())
                .merge(ValidationResult.builder(k).addAll(all.subList(y, all.size())).build());
        assertEquals(whole, pieces);
        for (String rule : whole.ruleIds()) {
            assertEquals(whole.findings(rule), pieces.findings(rule));
            assertEquals(whole.count(rule), pieces.count(rule));
        }
    }

    @Property(tries = 300)
    void addingOneByOneEqualsBuilding(@ForAll("findings") List<Finding> all) {
        ValidationResult r = ValidationResult.empty();
        for (Finding f : all) {
            r = r.with(f);
        }
        assertEquals(ValidationResult.of(all), r);
    }

    @Property(tries = 300)
    void samplesAreTheSmallestFindings(@ForAll("findings") List<Finding> all) {
        ValidationResult r = ValidationResult.builder(3).addAll(all).build();
        for (String rule : r.ruleIds()) {
            List<Finding> expected = all.stream().filter(f -> f.ruleId().equals(rule)).sorted().limit(3)
                    .collect(java.util.stream.Collectors.toList());
            assertEquals(expected, r.findings(rule));
        }
    }

    @Property(tries = 300)
    void notCheckedCountsAddUpOverPieces(@ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 1000) int b,
            @ForAll @IntRange(max = 1000) int c) {
        ValidationResult.NotChecked why = new ValidationResult.NotChecked(1, "không có căn cứ", "no basis");
        ValidationResult merged = ValidationResult.empty();
        for (int n : new int[] {a, b, c}) {
            merged = merged.merge(ValidationResult.builder().notChecked("r", new ValidationResult.NotChecked(n,
                    n == 0 ? "" : why.vietnamese(), n == 0 ? "" : why.english())).build());
        }
        assertEquals((long) a + b + c, merged.notChecked("r").count());
        assertEquals(0, merged.totalCount());
        assertEquals(a + b + c == 0 ? "" : "no basis", merged.notChecked("r").english());
    }
}
