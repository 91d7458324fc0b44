package org.haicap.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.haicap.core.testing.IdArbitraries;
import org.junit.jupiter.api.Test;

class CitizenIdTest {

    @Test
    void acceptsTwelveDigitsAndDecodesTheStructure() {
        CitizenId id = CitizenId.of("001095012345");
        CitizenId.Structure s = id.structure();
        assertEquals("001", s.provinceCode());
        assertTrue(s.knownProvince());
        assertEquals(CitizenId.Sex.MALE, s.sex());
        assertEquals(1995, s.birthYear());
        assertTrue(s.plausibleBirthYear(2026));
        assertTrue(s.matchesBirthYear(1995));
        assertEquals("001", s.knownProvinceCode().orElseThrow());
    }

    @Test
    void decodesCenturyAndSex() {
        CitizenId.Structure s = CitizenId.of("079301000001").structure();
        assertEquals(CitizenId.Sex.FEMALE, s.sex());
        assertEquals(2001, s.birthYear());
        assertEquals(2199, CitizenId.of("079599000001").structure().birthYear());
        assertFalse(CitizenId.of("079599000001").structure().plausibleBirthYear(2026));
        assertTrue(CitizenId.of("079099000001").structure().plausibleBirthYear(2026));
    }

    @Test
    void unknownProvinceIsDecodedButFlagged() {
        CitizenId.Structure s = CitizenId.of("003095012345").structure();
        assertFalse(s.knownProvince());
        assertTrue(s.knownProvinceCode().isEmpty());
    }

    @Test
    void ofRemovesSpacesAndDots() {
        assertEquals(new CitizenId("001095012345"), CitizenId.of(" 001 095 012 345 "));
        assertEquals(new CitizenId("001095012345"), CitizenId.of("001.095.012.345"));
    }

    @Test
    void refusesOtherShapes() {
        for (String bad : new String[] {"", "00109501234", "0010950123456", "00109501234a", "٠٠١٠٩٥٠١٢٣٤٥"}) {
            InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> CitizenId.of(bad));
            assertEquals(InvalidIdentifierException.Kind.CITIZEN_ID, e.kind());
            assertEquals(bad, e.value());
            assertFalse(CitizenId.isWellFormed(bad));
        }
        assertFalse(CitizenId.isWellFormed(null));
    }

    @Test
    void exceptionMessageMasksTheValue() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> CitizenId.of("0010950123456"));
        assertFalse(e.getMessage().contains("0010950123456"));
        assertTrue(e.getMessage().contains("456"));
        assertTrue(e.getMessage().contains("12 chữ số"));
    }

    @Test
    void toStringIsMasked() {
        CitizenId id = CitizenId.of("001095012345");
        assertEquals("*********345", id.toString());
        assertEquals("*********345", id.masked());
        assertEquals("001095012345", id.value());
    }

    @Provide
    Arbitrary<CitizenId> ids() {
        return IdArbitraries.anyCitizenIds();
    }

    @Property
    void parseOfValueRoundTrips(@ForAll("ids") CitizenId id) {
        assertEquals(id, CitizenId.of(id.value()));
        assertFalse(id.toString().contains(id.value().substring(0, 9)));
    }

    @Property
    void generatedIdsArePlausible(@ForAll("plausible") CitizenId id) {
        assertTrue(id.structure().knownProvince());
        int y = id.structure().birthYear();
        assertTrue(y >= 1900 && y <= 2099);
    }

    @Provide
    Arbitrary<CitizenId> plausible() {
        return IdArbitraries.citizenIds();
    }
}
