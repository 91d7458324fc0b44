package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.testing.PartyArbitraries;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PartyOrganisationTest {
    private static final PartyOrganisationId COMMUNE = PartyOrganisationId.of("DB-00004");
    private static final UnitCode BA_DINH = UnitCode.of("00004");

    private static PartyOrganisation cell(int full, int probationary) {
        return PartyOrganisation.of(PartyOrganisationId.of("CB-1"), PartyOrganisation.Kind.BASIC_PARTY_CELL,
                "Chi bộ Tổ dân phố số 3", BA_DINH, full, probationary).withParent(COMMUNE);
    }

    @Test
    void refusesNegativeCountsBlankNamesAndSelfParents() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> cell(5, -2));
        assertEquals("probationaryMembers", e.field());
        assertTrue(e.getMessage().contains("cannot be negative"));
        assertThrows(InvalidPartyDataException.class, () -> cell(-1, 0));
        assertThrows(InvalidPartyDataException.class, () -> cell(Integer.MAX_VALUE, 1));
        InvalidPartyDataException blank = assertThrows(InvalidPartyDataException.class,
                () -> PartyOrganisation.of(COMMUNE, PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE, " \t",
                        BA_DINH, 100, 0));
        assertEquals("name", blank.field());
        InvalidPartyDataException self = assertThrows(InvalidPartyDataException.class,
                () -> PartyOrganisation.of(COMMUNE, PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE,
                        "Đảng bộ phường Ba Đình", BA_DINH, 100, 0).withParent(COMMUNE));
        assertEquals("parent", self.field());
        assertThrows(InvalidPartyDataException.class, () -> new PartyOrganisation(COMMUNE,
                PartyOrganisation.Kind.OTHER, "X", null, BA_DINH, 1, 1));
    }

    @Test
    void nfdNameComesOutNfc() {
        PartyOrganisation o = PartyOrganisation.of(COMMUNE, PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE,
                Normalizer.normalize("Đảng bộ phường Hoàn Kiếm ", Normalizer.Form.NFD), BA_DINH, 2000, 40);
        assertEquals("Đảng bộ phường Hoàn Kiếm", o.name());
        assertEquals(2040, o.members());
        assertEquals(Optional.empty(), o.parent());
    }

    @Test
    void charterRulesAreQuestionsNotRefusals() {
        assertFalse(cell(2, 0).meetsMinimumFullMembers());
        assertTrue(cell(3, 0).meetsMinimumFullMembers());
        assertEquals(PartyOrganisation.Kind.BASIC_PARTY_CELL, cell(25, 4).charterBasicKind());
        assertEquals(PartyOrganisation.Kind.BASIC_PARTY_COMMITTEE, cell(25, 5).charterBasicKind());
        assertFalse(cell(8, 5).electsCellCommittee());
        assertTrue(cell(9, 0).electsCellCommittee());
        PartyOrganisation big = PartyOrganisation.of(COMMUNE, PartyOrganisation.Kind.BASIC_PARTY_COMMITTEE,
                "Đảng bộ Công ty X", BA_DINH, 200, 0);
        assertFalse(big.electsCellCommittee());
    }

    @Test
    void kinds() {
        assertTrue(PartyOrganisation.Kind.BASIC_PARTY_CELL.basic());
        assertTrue(PartyOrganisation.Kind.BASIC_PARTY_COMMITTEE.basic());
        assertFalse(PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE.basic());
        assertFalse(PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL.hasSeal());
        assertTrue(PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE.hasSeal());
        assertTrue(PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL.cell());
        assertEquals("Chi bộ trực thuộc", PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL.vietnamese());
        assertEquals("Basic party cell", PartyOrganisation.Kind.BASIC_PARTY_CELL.english());
    }

    @Property(tries = 200)
    void serialisationKeepsEveryOrganisation(@ForAll("organisations") PartyOrganisation o) {
        assertEquals(o, SerializationRoundTrip.roundTrip(o));
        assertTrue(o.members() >= o.fullMembers());
    }

    @Provide
    Arbitrary<PartyOrganisation> organisations() {
        return PartyArbitraries.organisations();
    }
}
