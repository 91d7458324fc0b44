package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.testing.PartyArbitraries;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class CongressTest {
    private static final Congress.Dates LATE_JULY = new Congress.Dates(LocalDate.of(2025, 7, 21),
            LocalDate.of(2025, 7, 31));

    private static Congress hoanKiem() {
        return Congress.planned(CongressId.of("DH-HK-I"), PartyOrganisationId.of("DB-HK"), Term.of(2025, 2030), 1)
                .registeredFor(new Congress.Dates(LocalDate.of(2025, 7, 22), LocalDate.of(2025, 7, 23)))
                .asPilot().withPoliticalReport(Congress.ReportDraftStatus.CONSULTING);
    }

    @Test
    void firstCongressOfTheNewWards() {
        Congress c = hoanKiem();
        assertEquals("I", c.ordinalRoman());
        assertEquals("Đại hội lần thứ I, nhiệm kỳ 2025–2030", c.titleVietnamese());
        assertEquals("Congress I, term 2025–2030", c.titleEnglish());
        assertTrue(c.pilot());
        assertTrue(c.registeredWithin(LATE_JULY));
        assertFalse(c.heldBy(LocalDate.of(2025, 12, 31)));
        assertEquals(Optional.of(Congress.ReportDraftStatus.CONSULTING), c.politicalReport());
    }

    @Test
    void heldByItsLastDay() {
        Congress c = hoanKiem().heldOn(new Congress.Dates(LocalDate.of(2025, 7, 22), LocalDate.of(2025, 7, 23)));
        assertFalse(c.heldBy(LocalDate.of(2025, 7, 22)));
        assertTrue(c.heldBy(LocalDate.of(2025, 7, 23)));
        assertTrue(c.heldWithin(LATE_JULY));
        assertFalse(c.heldWithin(Congress.Dates.on(LocalDate.of(2025, 7, 22))));
        assertEquals(c, SerializationRoundTrip.roundTrip(c));
    }

    @Test
    void romanNumerals() {
        assertEquals("XIV", Congress.roman(14));
        assertEquals("XLIX", Congress.roman(49));
        assertEquals("XCIX", Congress.roman(99));
        assertEquals("MMMCMXCIX", Congress.roman(3999));
        assertThrows(InvalidPartyDataException.class, () -> Congress.roman(0));
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= 3999; n++) {
            assertTrue(seen.add(Congress.roman(n)), "duplicate at " + n);
        }
    }

    @Test
    void refusesBadValues() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> Congress.planned(
                CongressId.of("X"), PartyOrganisationId.of("O"), Term.of(2025, 2030), 0));
        assertEquals("ordinal", e.field());
        InvalidPartyDataException dates = assertThrows(InvalidPartyDataException.class,
                () -> new Congress.Dates(LocalDate.of(2025, 7, 23), LocalDate.of(2025, 7, 22)));
        assertEquals("last", dates.field());
        assertEquals(3, new Congress.Dates(LocalDate.of(2025, 7, 21), LocalDate.of(2025, 7, 23)).days());
        assertFalse(hoanKiem().withRequiredInWindow(false).requiredInWindow());
    }

    @Test
    void reportStatusLabels() {
        assertEquals("đang xin ý kiến về dự thảo", Congress.ReportDraftStatus.CONSULTING.vietnamese());
        assertEquals("drafting", Congress.ReportDraftStatus.DRAFTING.english());
    }

    @Property(tries = 200)
    void serialisationKeepsEveryCongress(@ForAll("congresses") Congress c) {
        assertEquals(c, SerializationRoundTrip.roundTrip(c));
        assertTrue(c.titleVietnamese().contains(c.term().toString()));
    }

    @Provide
    Arbitrary<Congress> congresses() {
        return PartyArbitraries.congresses();
    }
}
