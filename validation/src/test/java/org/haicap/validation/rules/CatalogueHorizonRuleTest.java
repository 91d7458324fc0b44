package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.haicap.core.units.CatalogueAmendments;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.Finding;
import org.haicap.validation.Measure;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A dataset judged after the catalogue's horizon says so in its result, as an INFO, never an error. */
class CatalogueHorizonRuleTest {

    private final ValidCommune commune = Fixture.commune();

    private ValidationResult run(RuleParameters params, LocalDate asOf) {
        return DatasetValidator.of(params).validate(commune.dataset(), asOf);
    }

    @Test
    @RuleCase(value = "vn.dataset.catalogue-horizon", outcome = RuleCase.Outcome.PASSES)
    @DisplayName("a date the catalogue's data reaches: no finding, measured 1/1")
    void withinTheHorizon() {
        ValidationResult r = run(commune.parameters(), LocalDate.of(2025, 12, 1));
        assertEquals(0, r.count(Rules.DATASET_CATALOGUE_HORIZON.id()));
        assertEquals(new Measure(1, 1), r.measure(Rules.DATASET_CATALOGUE_HORIZON.id()).orElseThrow());
    }

    @Test
    @RuleCase(value = "vn.dataset.catalogue-horizon", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a date after the catalogue was checked: an INFO naming the date, the check date and the last resolution")
    void beyondTheHorizon() {
        LocalDate later = LocalDate.of(2027, 6, 1);
        ValidationResult r = run(commune.parameters(), later);
        var h = UnitCatalog.official().horizon();
        assertTrue(later.isAfter(h.knownUntil()), h.toString());
        assertEquals(1, r.count(Rules.DATASET_CATALOGUE_HORIZON.id()));
        Finding f = r.findings(Rules.DATASET_CATALOGUE_HORIZON.id()).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.messageEn().contains("2027-06-01") && f.messageEn().contains(h.checkedOn().toString())
                && f.messageEn().contains(h.lastResolution()), f.messageEn());
        assertTrue(f.messageVi().contains("nghị quyết cuối " + h.lastResolution()), f.messageVi());
        assertEquals(new Measure(0, 1), r.measure(Rules.DATASET_CATALOGUE_HORIZON.id()).orElseThrow());
        assertEquals(0, r.rules().get(Rules.DATASET_CATALOGUE_HORIZON.id()).errors());
    }

    @Test
    @DisplayName("amendments checked later move the horizon, and the same date passes")
    void amendmentsMoveTheHorizon() {
        String file = "{\"format\":\"haicap-catalogue-amendments\",\"version\":\"1.0\",\"checkedOn\":\"2027-07-01\","
                + "\"amendments\":[]}";
        CatalogueAmendments more = CatalogueAmendments.read(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "later.json");
        RuleParameters params = commune.parameters().toBuilder()
                .catalog(UnitCatalog.official().withAmendments(more)).build();
        ValidationResult r = run(params, LocalDate.of(2027, 6, 1));
        assertEquals(0, r.count(Rules.DATASET_CATALOGUE_HORIZON.id()));
        assertEquals(new Measure(1, 1), r.measure(Rules.DATASET_CATALOGUE_HORIZON.id()).orElseThrow());
    }
}
