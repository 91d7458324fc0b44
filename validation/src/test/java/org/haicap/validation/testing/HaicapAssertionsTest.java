package org.haicap.validation.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;
import org.haicap.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class HaicapAssertionsTest {

    @Test
    void aValidCommunePasses() {
        ValidCommune c = ValidCommuneArbitraries.example(UnitCode.of("00004"));
        assertDoesNotThrow(() -> HaicapAssertions.assertValid(c.dataset(), c.asOf(), c.parameters()));
        assertDoesNotThrow(() -> HaicapAssertions.assertNoErrors(c.validate()));
    }

    @Test
    void anEmptyUnitFailsWithAReadableSummary() {
        Dataset empty = Dataset.builder(DatasetInfo.of("hanoi", LocalDate.of(2025, 7, 15)))
                .units(java.util.List.of(UnitCode.of("00004"))).build();
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> HaicapAssertions.assertValid(empty, LocalDate.of(2025, 7, 15)));
        String m = e.getMessage();
        assertTrue(m.startsWith("expected no validation errors, but found "), m);
        assertTrue(m.contains("- vn.commune.secretary: 1 error(s), passed 0/1"), m);
        assertTrue(m.contains("error vn.commune.secretary at hanoi [00004] $.units[0]"), m);
    }

    @Test
    void importedDossierRowsPassOrFail() {
        ValidCommune c = ValidCommuneArbitraries.example(UnitCode.of("00004"));
        java.util.List<org.haicap.core.io.RowResult<org.haicap.core.procedures.Dossier>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < c.dossiers().size(); i++) {
            rows.add(new org.haicap.core.io.RowResult.Accepted<>(c.dossiers().get(i),
                    org.haicap.core.io.SourceLocation.of("d.jsonl", i + 1, 1)));
        }
        assertDoesNotThrow(() -> HaicapAssertions.assertValidDossiers(c.dataset(), c.parameters(), rows));
        rows.add(new org.haicap.core.io.RowResult.Refused<>(org.haicap.core.io.ReadProblem.of(
                org.haicap.core.io.SourceLocation.of("d.jsonl", 9, 1), org.haicap.core.io.ReadProblem.Reason.MALFORMED_JSON,
                "x", "x", "")));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> HaicapAssertions.assertValidDossiers(c.dataset(), c.parameters(), rows));
        assertTrue(e.getMessage().contains("vn.read.malformed-json: 1 error(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("d.jsonl:9"), e.getMessage());
    }

    @Test
    void showsAtMostFivePerRuleAndCountsTheRest() {
        ValidationResult.Builder b = ValidationResult.builder();
        for (int i = 1; i <= 8; i++) {
            b.add(Finding.error("x.rule", Location.of("f.jsonl").atLine(i), "lỗi", "bad"));
        }
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> HaicapAssertions.assertNoErrors(b.build()));
        assertTrue(e.getMessage().contains("… and 3 more"), e.getMessage());
        assertTrue(e.getMessage().contains("f.jsonl:5"));
        assertTrue(!e.getMessage().contains("f.jsonl:6"));
    }
}
