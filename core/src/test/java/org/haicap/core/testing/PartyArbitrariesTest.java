package org.haicap.core.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.party.Congress;
import org.haicap.core.party.MemberSituation;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.party.PartyFeeRules;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.Seal;
import org.haicap.core.money.Vnd;

class PartyArbitrariesTest {
    private static final PartyFeeRules RULES = PartyFeeRules.defaults().withLegacyFixedAmount(Vnd.of(20_000));

    @Property(tries = 200)
    void feeInputsAreAlwaysComputable(@ForAll("bases") PartyFeeBasis b, @ForAll("months") YearMonth m) {
        assertFalse(b.situation() instanceof MemberSituation.Abroad);
        assertTrue(!m.isBefore(YearMonth.of(2011, 4)) && !m.isAfter(YearMonth.of(2032, 12)));
        assertTrue(RULES.due(b, m).amount().amount() >= 0);
    }

    @Property(tries = 200)
    void organisationsCongressesAndSealsAreValid(@ForAll("organisations") PartyOrganisation o,
            @ForAll("congresses") Congress c, @ForAll("seals") Seal s) {
        assertTrue(o.parent().map(p -> !p.equals(o.id())).orElse(true));
        assertTrue(c.ordinal() >= 1 && c.term().years() >= 2);
        assertTrue(s.issuedOn().map(i -> s.requestedOn().map(r -> !i.isBefore(r)).orElse(false)).orElse(true));
    }

    @Provide
    Arbitrary<PartyFeeBasis> bases() {
        return PartyArbitraries.feeBases();
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return PartyArbitraries.feeMonths();
    }

    @Provide
    Arbitrary<PartyOrganisation> organisations() {
        return PartyArbitraries.organisations();
    }

    @Provide
    Arbitrary<Congress> congresses() {
        return PartyArbitraries.congresses();
    }

    @Provide
    Arbitrary<Seal> seals() {
        return PartyArbitraries.seals();
    }
}
