package org.haicap.validation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.units.UnitCode;

class ValidCommuneArbitrariesTest {

    @Property(tries = 50)
    void organisationsMeetTheCharter(@ForAll("orgs") List<PartyOrganisation> orgs) {
        orgs.forEach(o -> assertTrue(o.meetsMinimumFullMembers(), o.toString()));
        assertEquals(PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE, orgs.get(0).kind());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<PartyOrganisation>> orgs() {
        return ValidCommuneArbitraries.organisations(UnitCode.of("00004"));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Procedure> procs() {
        return ValidCommuneArbitraries.procedures();
    }

    @Property(tries = 50)
    void proceduresAreOfferedAtCommuneLevel(@ForAll("procs") Procedure p) {
        assertTrue(p.isCarriedOutAt(AdministrativeLevel.COMMUNE));
        List<Dossier> ds = ValidCommuneArbitraries.dossiers(UnitCode.of("00004"), p, 10).sample();
        assertEquals(ds.size(), new HashSet<>(ds.stream().map(Dossier::code).toList()).size());
        ds.forEach(d -> assertTrue(d.due().isPresent()));
    }
}
