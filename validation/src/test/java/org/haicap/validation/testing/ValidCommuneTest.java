package org.haicap.validation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class ValidCommuneTest {

    @Test
    void exampleIsDeterministicAndValid() {
        ValidCommune a = ValidCommuneArbitraries.example(UnitCode.of("00004"));
        ValidCommune b = ValidCommuneArbitraries.example(UnitCode.of("00004"));
        assertEquals(a, b);
        assertFalse(a.validate().hasErrors());
        assertEquals(0, a.validate().totalCount());
        assertEquals(HdndChairArrangement.SECRETARY, a.parameters().hdndChair().arrangementFor(a.unit()));
        assertThrows(UnsupportedOperationException.class, () -> a.dossiers().clear());
    }
}
