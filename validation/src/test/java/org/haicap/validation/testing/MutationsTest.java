package org.haicap.validation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.haicap.core.units.UnitCode;
import org.haicap.validation.rules.Rules;
import org.junit.jupiter.api.Test;

class MutationsTest {

    private final ValidCommune c = ValidCommuneArbitraries.example(UnitCode.of("00004"));

    @Test
    void eachMutationBreaksItsRuleOnce() {
        assertEquals(1, Mutations.removeStandingDeputySecretary(c).validate().count(Rules.COMMUNE_DEPUTY_SECRETARIES.id()));
        assertEquals(1, Mutations.addExecutiveCommitteeMember(c).validate().count(Rules.COMMUNE_EXECUTIVE_COMMITTEE.id()));
        assertEquals(1, Mutations.duplicateDossierCode(c).validate().count(Rules.DOSSIER_DUPLICATE_CODE.id()));
        assertEquals(1, Mutations.changeFee(c, 1).validate().count(Rules.PAYMENT_PARTY_FEE.id()));
        assertEquals(c.dossiers().size() + 1, Mutations.duplicateDossierCode(c).dossiers().size());
    }
}
