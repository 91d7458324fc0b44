package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.haicap.validation.Finding;
import org.haicap.validation.Findings;
import org.haicap.validation.Location;
import org.junit.jupiter.api.Test;

class VietnameseNameTest {

    static class Person {
        @VietnameseName(max = 40)
        String name;

        Person(String name) {
            this.name = name;
        }
    }

    static class Place {
        @VietnameseName(allowDigits = true)
        String name;

        Place(String name) {
            this.name = name;
        }
    }

    @Test
    void vietnameseNamesPass() {
        for (String ok : new String[] {"Nguyễn Văn Ánh", "Đặng Thị Hồng Nhung", "H'Hen Niê", "Y-Moan Ê-Ban",
            "Th.S. Trần Quốc Vượng", "Lê Đức Thọ", "O’Neil"}) {
            assertTrue(Check.valid(new Person(ok)), ok);
        }
        assertTrue(Check.valid(new Place("Phường 12")));
        assertTrue(Check.valid(new Person(null)));
    }

    @Test
    void nfdNameIsRefusedWithAMessageToNormalise() {
        String nfd = Normalizer.normalize("Nguyễn Văn Ánh", Normalizer.Form.NFD);
        List<String> m = Check.messages(new Person(nfd));
        assertTrue(m.get(0).contains("NFC") && m.get(0).contains("chuẩn hoá"), m.get(0));
        assertTrue(m.get(1).contains("normalise it to NFC"), m.get(1));
        Finding f = Findings.from(Check.violations(new Person(nfd)).iterator().next(), Location.of("people.csv"));
        assertEquals("vn.vietnamese-name.nfc", f.ruleId());
    }

    @Test
    void digitsAreRefusedInPersonalNames() {
        List<String> m = Check.messages(new Person("Nguyễn Văn 2"));
        assertTrue(m.get(0).contains("chữ số"));
        assertTrue(m.get(1).contains("digits"));
    }

    @Test
    void otherCharactersAndSpacingAreRefused() {
        for (String bad : new String[] {"Nguyễn\tVăn", "Nguyễn_Văn", "Nguyễn@Văn", "Nguyễn\u0000", " Nguyễn",
            "Nguyễn ", "Nguyễn  Văn", ""}) {
            assertFalse(Check.valid(new Person(bad)), bad);
        }
        assertTrue(Check.messages(new Person("Nguyễn  Văn")).get(1).contains("two spaces"));
        assertTrue(Check.messages(new Person("A<b>")).get(1).contains("only letters"));
    }

    @Test
    void lengthBounds() {
        List<String> m = Check.messages(new Person("A".repeat(41)));
        assertEquals("độ dài tên phải từ 1 đến 40 ký tự", m.get(0));
        assertEquals("a name is 1 to 40 characters long", m.get(1));
    }

    @Test
    void findingsMaskTheName() {
        Finding f = Findings.from(Check.violations(new Person("Nguyễn Văn 2")).iterator().next(), Location.of("x"));
        assertFalse(f.toString().contains("Nguyễn"));
    }
}
