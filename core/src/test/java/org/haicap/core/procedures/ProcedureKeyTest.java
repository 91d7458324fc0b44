package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class ProcedureKeyTest {
    private static final ProcedureCode CODE = ProcedureCode.of("1.001193");

    @Test
    void versionsOfOneCodeDiffer() {
        ProcedureKey national = ProcedureKey.of(CODE);
        ProcedureKey hanoi = ProcedureKey.of(CODE, "1234/QĐ-UBND");
        assertNotEquals(national, hanoi);
        assertEquals("1.001193", national.toString());
        assertEquals("1.001193@1234/QĐ-UBND", hanoi.toString());
    }

    @Test
    void ordersByCodeThenUnversionedFirst() {
        ProcedureKey a = ProcedureKey.of(CODE);
        ProcedureKey b = ProcedureKey.of(CODE, "A");
        ProcedureKey c = ProcedureKey.of(ProcedureCode.of("2.000815"));
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.compareTo(c) < 0);
        assertEquals(0, b.compareTo(ProcedureKey.of(CODE, "A")));
    }

    @Test
    void blankVersionIsRefusedAndVersionIsNfc() {
        assertThrows(IllegalArgumentException.class, () -> ProcedureKey.of(CODE, "  "));
        String nfd = Normalizer.normalize("QĐ", Normalizer.Form.NFD);
        assertEquals(Optional.of("QĐ"), ProcedureKey.of(CODE, nfd).version());
    }

    @Test
    void serialisationRoundTrip() {
        assertEquals(ProcedureKey.of(CODE, "v2"), SerializationRoundTrip.roundTrip(ProcedureKey.of(CODE, "v2")));
        assertEquals(ProcedureKey.of(CODE), SerializationRoundTrip.roundTrip(ProcedureKey.of(CODE)));
    }
}
