package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitizenIdTest {

    static class Plain {
        @CitizenId
        String id;

        Plain(String id) {
            this.id = id;
        }
    }

    static class Strict {
        @CitizenId(knownProvince = true, plausibleAsOfYear = 2026)
        String id;

        Strict(String id) {
            this.id = id;
        }
    }

    static class Typed {
        @CitizenId(knownProvince = true)
        org.haicap.core.ids.CitizenId id;

        Typed(String id) {
            this.id = org.haicap.core.ids.CitizenId.of(id);
        }
    }

    static class InList {
        List<@CitizenId String> ids;

        InList(List<String> ids) {
            this.ids = ids;
        }
    }

    @Test
    void twelveDigitsPass() {
        assertTrue(Check.valid(new Plain("001095012345")));
        assertTrue(Check.valid(new Plain("003095012345")));
        assertTrue(Check.valid(new Plain(null)));
    }

    @Test
    void otherShapesFailWithBilingualMessages() {
        for (String bad : new String[] {"", "00109501234", "0010950123456", "001 095 012 345", "00109501234x"}) {
            assertFalse(Check.valid(new Plain(bad)), bad);
        }
        List<String> m = Check.messages(new Plain("123"));
        assertEquals("số định danh cá nhân phải gồm đúng 12 chữ số", m.get(0));
        assertEquals("a personal identification number is exactly 12 digits", m.get(1));
    }

    @Test
    void structureChecksAreOptIn() {
        assertTrue(Check.valid(new Strict("001095012345")));
        List<String> province = Check.messages(new Strict("003095012345"));
        assertTrue(province.get(0).contains("mã tỉnh"), province.get(0));
        assertTrue(province.get(1).contains("province code"));
        List<String> year = Check.messages(new Strict("001599012345"));
        assertTrue(year.get(0).contains("năm sinh") && year.get(0).contains("2026"), year.get(0));
        assertTrue(year.get(1).contains("birth year") && year.get(1).contains("2026"));
    }

    @Test
    void valueTypeIsChecked() {
        assertTrue(Check.valid(new Typed("001095012345")));
        assertEquals(1, Check.violations(new Typed("003095012345")).size());
    }

    @Test
    void containerElementsAreChecked() {
        assertEquals(1, Check.violations(new InList(List.of("001095012345", "12"))).size());
        assertEquals("ids[1].<list element>",
                Check.violations(new InList(List.of("001095012345", "12"))).iterator().next().getPropertyPath().toString());
    }
}
