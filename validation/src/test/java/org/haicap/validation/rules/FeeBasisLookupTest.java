package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.MemberSituation;
import org.haicap.core.party.PartyFeeBasis;
import org.junit.jupiter.api.Test;

class FeeBasisLookupTest {

    @Test
    void aLambdaIsALookup() {
        PartyFeeBasis b = PartyFeeBasis.of(new MemberSituation.Student());
        FeeBasisLookup l = (member, month) -> "P1".equals(member) ? Optional.of(b) : Optional.empty();
        assertEquals(Optional.of(b), l.basis("P1", YearMonth.of(2026, 3)));
        assertTrue(l.basis("P2", YearMonth.of(2026, 3)).isEmpty());
        assertEquals(Vnd.of(5_000), RuleParameters.defaults().feeRules().due(b, YearMonth.of(2026, 3)).amount());
    }
}
