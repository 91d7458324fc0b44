package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.haicap.core.ids.DocumentNumber.Form;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    static class Any {
        @DocumentNumber
        String number;

        Any(String number) {
            this.number = number;
        }
    }

    static class PartyOnly {
        @DocumentNumber(forms = Form.PARTY)
        String number;

        PartyOnly(String number) {
            this.number = number;
        }
    }

    static class Typed {
        @DocumentNumber(forms = Form.STATE_NORMATIVE)
        org.haicap.core.ids.DocumentNumber number;

        Typed(String number) {
            this.number = org.haicap.core.ids.DocumentNumber.parse(number);
        }
    }

    @Test
    void everyFormPasses() {
        for (String ok : new String[] {"150/2025/NĐ-CP", "72/2025/QH15", "1656/NQ-UBTVQH15", "11-HD/TU",
            "141-CV/VPTW/nb", "05-NQ/ĐU", Normalizer.normalize("12/KH-SởTC", Normalizer.Form.NFD)}) {
            assertTrue(Check.valid(new Any(ok)), ok);
        }
    }

    @Test
    void badShapesFail() {
        assertFalse(Check.valid(new Any("150/NĐ")));
        List<String> m = Check.messages(new Any("abc"));
        assertTrue(m.get(0).startsWith("số, ký hiệu văn bản"));
        assertTrue(m.get(1).startsWith("a document number"));
    }

    @Test
    void formsRestrict() {
        assertTrue(Check.valid(new PartyOnly("45-CT/TW")));
        List<String> m = Check.messages(new PartyOnly("150/2025/NĐ-CP"));
        assertTrue(m.get(0).contains("không thuộc dạng"));
        assertTrue(m.get(1).contains("not allowed"));
        assertTrue(Check.valid(new Typed("86/2024/TT-BTC")));
        assertFalse(Check.valid(new Typed("12/BC-UBND")));
    }
}
