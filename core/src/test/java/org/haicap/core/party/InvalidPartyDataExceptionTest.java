package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class InvalidPartyDataExceptionTest {

    @Test
    void carriesFieldValueAndBothLanguages() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class,
                () -> PartyOrganisation.of(PartyOrganisationId.of("O1"), PartyOrganisation.Kind.BASIC_PARTY_CELL,
                        "Chi bộ thôn Đông", UnitCode.of("00004"), -1, 0));
        assertEquals("fullMembers", e.field());
        assertEquals("-1", e.value());
        assertEquals("không được âm", e.reasonVietnamese());
        assertEquals("cannot be negative", e.reasonEnglish());
        assertEquals("fullMembers: không được âm, nhận được \"-1\" / cannot be negative, got \"-1\"", e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }
}
