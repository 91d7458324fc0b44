package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.money.Vnd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PartyFeeSplitTest {

    private static final YearMonth JULY_2025 = YearMonth.of(2025, 7);
    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    private static PartyFeeSplit.Share share(PartyFeeSplit s, PartyOrganisation.Kind k, boolean inCommune,
            YearMonth m, long collected) {
        return s.split(k, inCommune, m, Vnd.of(collected)).orElseThrow();
    }

    @Test
    @DisplayName("QĐ 342 [P]: a basic organisation in a xã or phường keeps 90 %, any other 70 %, the level above 50 %")
    void qd342Shares() {
        PartyFeeSplit s = PartyFeeSplit.qd342();
        PartyFeeSplit.Share basic = share(s, PartyOrganisation.Kind.BASIC_PARTY_CELL, true, JULY_2025, 1_234_567);
        assertEquals(Vnd.of(1_111_110), basic.kept());
        assertEquals(Vnd.of(123_457), basic.sentUp());
        assertEquals(90, basic.keptPercent());
        assertEquals(PartyFeeRegulation.QD_342, basic.regulation());
        assertTrue(basic.source().endsWith("[P]"));
        assertEquals(70, share(s, PartyOrganisation.Kind.BASIC_PARTY_COMMITTEE, false, JULY_2025, 100).keptPercent());
        assertEquals(50, share(s, PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE, true, JULY_2025, 100).keptPercent());
        assertEquals(50, share(s, PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL, true, JULY_2025, 100).keptPercent());
    }

    @Test
    @DisplayName("QĐ 342: the đảng bộ cơ sở sets a chi bộ trực thuộc's share between 30 and 50 %")
    void subordinateCellShare() {
        PartyFeeSplit s = PartyFeeSplit.qd342().withSubordinateCellKeeps(30);
        PartyFeeSplit.Share cell = share(s, PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL, true, JULY_2025, 200_000);
        assertEquals(Vnd.of(60_000), cell.kept());
        assertEquals(Vnd.of(140_000), cell.sentUp());
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class,
                () -> PartyFeeSplit.qd342().withSubordinateCellKeeps(60));
        assertTrue(e.getMessage().contains("30") && e.getMessage().contains("50"), e.getMessage());
    }

    @Test
    @DisplayName("QĐ 01 [U]: no known split, so no answer, until the locality sets the shares it was told")
    void qd01Unknown() {
        PartyFeeSplit s = PartyFeeSplit.qd342();
        assertEquals(Optional.empty(), s.split(PartyOrganisation.Kind.BASIC_PARTY_CELL, true, MARCH_2026, Vnd.of(100)));
        PartyFeeSplit told = s.withQd01Shares(30, 70, 70, 50);
        PartyFeeSplit.Share basic = share(told, PartyOrganisation.Kind.BASIC_PARTY_CELL, true, MARCH_2026, 1_000);
        assertEquals(Vnd.of(700), basic.kept());
        assertEquals(PartyFeeRegulation.QD_01, basic.regulation());
        assertTrue(basic.source().endsWith("[U]"));
        // QĐ 342 months keep their shares
        assertEquals(90, share(told, PartyOrganisation.Kind.BASIC_PARTY_CELL, true, JULY_2025, 100).keptPercent());
    }

    @Test
    @DisplayName("kinds in neither table, negative amounts and months before QĐ 342 are said, not guessed")
    void refusals() {
        PartyFeeSplit s = PartyFeeSplit.qd342();
        assertEquals(Optional.empty(),
                s.split(PartyOrganisation.Kind.SECTION_PARTY_COMMITTEE, true, JULY_2025, Vnd.of(100)));
        assertEquals(Optional.empty(), s.split(PartyOrganisation.Kind.OTHER, true, JULY_2025, Vnd.of(100)));
        assertThrows(InvalidPartyDataException.class,
                () -> s.split(PartyOrganisation.Kind.BASIC_PARTY_CELL, true, JULY_2025, Vnd.of(-1)));
        assertThrows(InvalidPartyDataException.class,
                () -> s.split(PartyOrganisation.Kind.BASIC_PARTY_CELL, true, YearMonth.of(2010, 1), Vnd.of(1)));
        assertThrows(InvalidPartyDataException.class, () -> s.withQd01Shares(30, 101, 70, 50));
        PartyFeeSplit.Share zero = share(s, PartyOrganisation.Kind.BASIC_PARTY_CELL, false, JULY_2025, 0);
        assertEquals(Vnd.ZERO, zero.kept());
        assertEquals(Vnd.ZERO, zero.sentUp());
    }
}
