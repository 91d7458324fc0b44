package org.haicap.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.testing.IdArbitraries;
import org.junit.jupiter.api.Test;

class MobileNumberTest {

    @Test
    void normalisesEveryWrittenFormToTheNationalForm() {
        MobileNumber m = MobileNumber.of("0912345678");
        assertEquals(m, MobileNumber.of("+84912345678"));
        assertEquals(m, MobileNumber.of("84912345678"));
        assertEquals(m, MobileNumber.of(" +84 912 345 678 "));
        assertEquals(m, MobileNumber.of("0912.345.678"));
        assertEquals(m, MobileNumber.of("091-234-5678"));
        assertEquals("0912345678", m.value());
        assertEquals("+84912345678", m.international());
    }

    @Test
    void acceptsEachMobilePrefix() {
        for (String p : new String[] {"03", "05", "07", "08", "09"}) {
            assertTrue(MobileNumber.isWellFormed(p + "12345678"), p);
        }
    }

    @Test
    void refusesLandlinesAndOtherShapes() {
        for (String bad : new String[] {"02438253536", "0212345678", "0112345678", "091234567", "09123456789",
                "+8402438253536", "+840912345678", "8491234567", "-0912345678", "09123456a8", ""}) {
            InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> MobileNumber.of(bad));
            assertEquals(InvalidIdentifierException.Kind.MOBILE_NUMBER, e.kind());
            assertFalse(MobileNumber.isWellFormed(bad), bad);
        }
        assertFalse(MobileNumber.isWellFormed(null));
        assertThrows(InvalidIdentifierException.class, () -> new MobileNumber("+84912345678"));
    }

    @Test
    void nationalFormIsStrict() {
        assertTrue(MobileNumber.isNationalForm("0912345678"));
        assertFalse(MobileNumber.isNationalForm("+84912345678"));
        assertFalse(MobileNumber.isNationalForm("0912 345678"));
    }

    @Test
    void toStringAndExceptionAreMasked() {
        assertEquals("*******678", MobileNumber.of("0912345678").toString());
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> MobileNumber.of("0212345678"));
        assertFalse(e.getMessage().contains("0212345678"));
    }

    @Provide
    Arbitrary<MobileNumber> numbers() {
        return IdArbitraries.mobileNumbers();
    }

    @Property
    void roundTripsThroughBothForms(@ForAll("numbers") MobileNumber m) {
        assertEquals(m, MobileNumber.of(m.value()));
        assertEquals(m, MobileNumber.of(m.international()));
        assertFalse(m.toString().contains(m.value()));
    }
}
