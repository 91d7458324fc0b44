package org.haicap.validation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.Rules;

/** A generated valid commune passes every rule; each single mutation yields exactly its finding. */
class ValidCommuneProperties {

    @Provide
    Arbitrary<ValidCommune> communes() {
        return ValidCommuneArbitraries.communes();
    }

    /** Non-zero finding counts per rule. */
    private static Map<String, Long> counts(ValidationResult r) {
        Map<String, Long> m = new TreeMap<>();
        r.rules().forEach((id, s) -> {
            if (s.count() > 0) {
                m.put(id, s.count());
            }
        });
        return m;
    }

    @Property(tries = 15)
    @Label("a generated valid commune passes every rule, and every rule reports a complete measure")
    void validCommunePasses(@ForAll("communes") ValidCommune c) {
        ValidationResult r = c.validate();
        assertEquals(Map.of(), counts(r), () -> r.summary(java.util.Locale.ENGLISH));
        r.rules().values().stream().filter(ValidationResult.RuleSummary::hasMeasure)
                .forEach(s -> assertTrue(s.measure().complete(), s.ruleId() + " " + s.measure()));
        assertTrue(r.measure(Rules.COMMUNE_SECRETARY.id()).orElseThrow().total() == 1);
    }

    @Property(tries = 10)
    @Label("removing the Phó Bí thư Thường trực (Chỉ thị 45-CT/TW) yields one error at the unit")
    void removeDeputySecretary(@ForAll("communes") ValidCommune c) {
        ValidationResult r = Mutations.removeStandingDeputySecretary(c).validate();
        assertEquals(Map.of(Rules.COMMUNE_DEPUTY_SECRETARIES.id(), 1L), counts(r));
        Finding f = only(r, Rules.COMMUNE_DEPUTY_SECRETARIES.id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Location.of(c.dataset().info().name()).withKey(c.unit().value()).withPath("$.units[0].standing"),
                f.location());
    }

    @Property(tries = 10)
    @Label("one Ban Chấp hành member over the cap (Chỉ thị 45-CT/TW, Kết luận 150-KL/TW) yields one warning before 2030")
    void addExecutiveMember(@ForAll("communes") ValidCommune c) {
        ValidationResult r = Mutations.addExecutiveCommitteeMember(c).validate();
        assertEquals(Map.of(Rules.COMMUNE_EXECUTIVE_COMMITTEE.id(), 1L), counts(r));
        Finding f = only(r, Rules.COMMUNE_EXECUTIVE_COMMITTEE.id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Location.of(c.dataset().info().name()).withKey(c.unit().value()).withPath("$.units[0]"),
                f.location());
    }

    @Property(tries = 10)
    @Label("a duplicated dossier code (TT 03/2025/TT-VPCP) yields one error at the repeated line")
    void duplicateDossier(@ForAll("communes") ValidCommune c) {
        if (c.dossiers().isEmpty()) {
            return;
        }
        ValidCommune m = Mutations.duplicateDossierCode(c);
        ValidationResult r = m.validate();
        assertEquals(Map.of(Rules.DOSSIER_DUPLICATE_CODE.id(), 1L), counts(r));
        Finding f = only(r, Rules.DOSSIER_DUPLICATE_CODE.id());
        assertEquals(Location.of(ValidCommune.DOSSIER_SOURCE).atLine(m.dossiers().size())
                .withKey(c.dossiers().get(0).code().value()).withPath("code"), f.location());
    }

    @Property(tries = 10)
    @Label("a party fee 1 đồng off (QĐ 01-QĐ/TW) yields one error at line 1 of the payments")
    void feeOffByOne(@ForAll("communes") ValidCommune c, @ForAll boolean up) {
        ValidationResult r = Mutations.changeFee(c, up ? 1 : -1).validate();
        assertEquals(Map.of(Rules.PAYMENT_PARTY_FEE.id(), 1L), counts(r));
        Finding f = only(r, Rules.PAYMENT_PARTY_FEE.id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Location.of(ValidCommune.PAYMENT_SOURCE).atLine(1).withKey(c.payments().get(0).id())
                .withPath("amount"), f.location());
        assertFalse(r.measure(Rules.PAYMENT_PARTY_FEE.id()).orElseThrow().complete());
    }

    private static Finding only(ValidationResult r, String rule) {
        List<Finding> fs = r.findings(rule);
        assertEquals(1, fs.size());
        return fs.get(0);
    }
}
