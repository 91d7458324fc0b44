package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.haicap.core.ids.MobileNumber;
import org.haicap.validation.Findings;
import org.haicap.validation.Location;
import org.junit.jupiter.api.Test;

class VietnameseMobileTest {

    static class Any {
        @VietnameseMobile
        String phone;

        Any(String phone) {
            this.phone = phone;
        }
    }

    static class National {
        @VietnameseMobile(nationalFormOnly = true)
        String phone;

        National(String phone) {
            this.phone = phone;
        }
    }

    static class Typed {
        @VietnameseMobile
        MobileNumber phone = MobileNumber.of("0912345678");
    }

    @Test
    void mobileNumbersPass() {
        for (String ok : new String[] {"0912345678", "+84912345678", "84912345678", "091 234 5678", "0356789012"}) {
            assertTrue(Check.valid(new Any(ok)), ok);
        }
        assertTrue(Check.valid(new National("0912345678")));
        assertTrue(Check.valid(new Typed()));
    }

    @Test
    void landlinesAndOthersFail() {
        for (String bad : new String[] {"02438253536", "0112345678", "091234567", "+8412345678"}) {
            assertFalse(Check.valid(new Any(bad)), bad);
        }
        List<String> m = Check.messages(new Any("02438253536"));
        assertTrue(m.get(0).startsWith("số di động"));
        assertTrue(m.get(1).startsWith("a mobile number"));
    }

    @Test
    void nationalFormOnlyRefusesTheInternationalForm() {
        List<String> m = Check.messages(new National("+84912345678"));
        assertTrue(m.get(0).contains("dạng trong nước"));
        assertTrue(m.get(1).contains("national form"));
    }

    @Test
    void findingsMaskThePhoneNumber() {
        String f = Findings.from(Check.violations(new National("+84912345678")), Location.of("x")).get(0).toString();
        assertFalse(f.contains("912345678"), f);
        assertTrue(f.contains("678"));
    }
}
