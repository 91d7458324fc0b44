package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.testing.IdArbitraries;
import org.haicap.validation.Finding;
import org.haicap.validation.Findings;
import org.haicap.validation.Location;
import org.haicap.validation.ValidationResult;

/** The constraints accept every valid identifier the core generators make, and findings never leak them. */
class GeneratedIdentifiersProperties {

    record Ids(@CitizenId(knownProvince = true) String citizenId,
            @TaxCode(remainderZero = org.haicap.core.ids.TaxCode.RemainderZero.INVALID) String taxCode,
            @VietnameseMobile String national, @VietnameseMobile String international,
            @DocumentNumber String document) {
    }

    @Provide
    Arbitrary<Ids> ids() {
        return net.jqwik.api.Combinators.combine(IdArbitraries.citizenIds(), IdArbitraries.taxCodes(),
                IdArbitraries.mobileNumbers(), IdArbitraries.documentNumbers())
                .as((c, t, m, d) -> new Ids(c.value(), t.value(), m.value(), m.international(), d.text()));
    }

    @Property(tries = 200)
    void validIdentifiersPass(@ForAll("ids") Ids ids) {
        assertTrue(Check.valid(ids), ids::toString);
    }

    record Wrong(@CitizenId String citizenId) {
    }

    @Provide
    Arbitrary<String> almostIds() {
        return Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(16).filter(s -> s.length() != 12);
    }

    @Property(tries = 200)
    void findingsNeverShowTheFullValue(@ForAll("almostIds") String value) {
        List<Finding> f = Findings.validate(Check.VI, new Wrong(value), Location.of("people.csv").atLine(3));
        assertEquals(1, f.size());
        String shown = f.get(0).toString() + ValidationResult.of(f).summary(java.util.Locale.ENGLISH);
        assertFalse(shown.contains(value.substring(0, value.length() - 3)), shown);
    }
}
