package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class HdndChairSettingsTest {

    @Test
    void defaultWithExceptionsPerUnit() {
        HdndChairSettings s = HdndChairSettings.uniform(HdndChairArrangement.STANDING_DEPUTY_SECRETARY)
                .with(UnitCode.of("26734"), HdndChairArrangement.SECRETARY);
        assertEquals(HdndChairArrangement.SECRETARY, s.arrangementFor(UnitCode.of("26734")));
        assertEquals(HdndChairArrangement.STANDING_DEPUTY_SECRETARY, s.arrangementFor(UnitCode.of("00004")));
        assertEquals(s, SerializationRoundTrip.roundTrip(s));
    }

    @Test
    void copiesAndRefusesMissingValues() {
        Map<UnitCode, HdndChairArrangement> m = new HashMap<>();
        m.put(UnitCode.of("00004"), HdndChairArrangement.SEPARATE);
        HdndChairSettings s = new HdndChairSettings(HdndChairArrangement.SECRETARY, m);
        m.clear();
        assertEquals(HdndChairArrangement.SEPARATE, s.arrangementFor(UnitCode.of("00004")));
        assertThrows(UnsupportedOperationException.class, () -> s.byUnit().clear());
        assertThrows(InvalidPeopleDataException.class, () -> new HdndChairSettings(null, Map.of()));
        m.put(UnitCode.of("00004"), null);
        assertThrows(InvalidPeopleDataException.class, () -> new HdndChairSettings(HdndChairArrangement.SECRETARY, m));
    }
}
