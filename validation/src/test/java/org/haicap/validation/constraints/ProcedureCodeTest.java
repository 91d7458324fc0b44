package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureCodeTest {

    record Dossier(@ProcedureCode String procedure) {
    }

    @Test
    void wellFormedCodesPass() {
        assertTrue(Check.valid(new Dossier("1.001193")));
        assertTrue(Check.valid(new Dossier("2.000815")));
        assertTrue(Check.valid(new Dossier(null)));
    }

    @Test
    void otherShapesFail() {
        for (String bad : new String[] {"", "1001193", "1.00119", "1.0011930", "a.001193", " 1.001193"}) {
            assertFalse(Check.valid(new Dossier(bad)), bad);
        }
        List<String> m = Check.messages(new Dossier("1-001193"));
        assertTrue(m.get(0).startsWith("mã thủ tục hành chính"));
        assertTrue(m.get(1).startsWith("an administrative procedure code"));
    }

    @Test
    void aRecordComponentIsCheckedOnce() {
        assertEquals(1, Check.violations(new Dossier("x")).size());
    }
}
