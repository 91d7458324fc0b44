package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.haicap.core.ids.TaxCode.Form;
import org.haicap.validation.Finding;
import org.haicap.validation.Findings;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;
import org.junit.jupiter.api.Test;

class TaxCodeTest {

    static class Any {
        @TaxCode
        String code;

        Any(String code) {
            this.code = code;
        }
    }

    static class OrgOnly {
        @TaxCode(forms = {Form.ORGANISATION, Form.BRANCH}, checkDigit = false)
        String code;

        OrgOnly(String code) {
            this.code = code;
        }
    }

    static class Typed {
        @TaxCode
        org.haicap.core.ids.TaxCode code;

        Typed(String code) {
            this.code = org.haicap.core.ids.TaxCode.of(code);
        }
    }

    @Test
    void validCodesOfEveryFormPass() {
        assertTrue(Check.valid(new Any("0100109106")));
        assertTrue(Check.valid(new Any("0100109106-001")));
        assertTrue(Check.valid(new Any("0100109106001")));
        assertTrue(Check.valid(new Any("001095012345")));
        assertTrue(Check.valid(new Any(null)));
        assertTrue(Check.valid(new Typed("0100109106")));
    }

    @Test
    void badShapesFail() {
        for (String bad : new String[] {"", "010010910", "0100109106-000", " 0100109106", "01001091060012"}) {
            assertFalse(Check.valid(new Any(bad)), bad);
        }
        List<String> m = Check.messages(new Any("12345"));
        assertTrue(m.get(0).startsWith("mã số thuế phải gồm"), m.get(0));
        assertTrue(m.get(1).startsWith("a tax code is"));
    }

    @Test
    void wrongCheckDigitIsAWarning() {
        List<String> m = Check.messages(new Any("0100109107"));
        assertTrue(m.get(0).contains("chữ số kiểm tra"), m.get(0));
        assertTrue(m.get(1).contains("check digit"));
        Finding f = Findings.from(Check.violations(new Any("0100109107")).iterator().next(), Location.of("t"));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("vn.tax-code.check-digit", f.ruleId());
        assertEquals(1, Check.violations(new Typed("0100109107")).size());
    }

    @Test
    void formsAndCheckDigitAreConfigurable() {
        assertTrue(Check.valid(new OrgOnly("0100109107")));
        List<String> m = Check.messages(new OrgOnly("001095012345"));
        assertTrue(m.get(0).contains("không thuộc dạng"), m.get(0));
        assertTrue(m.get(1).contains("not allowed"));
        Finding f = Findings.from(Check.violations(new OrgOnly("001095012345")).iterator().next(), Location.of("t"));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("vn.tax-code.form", f.ruleId());
    }
}
