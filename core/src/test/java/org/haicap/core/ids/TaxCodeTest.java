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

class TaxCodeTest {

    @Test
    void checkedExampleHasAValidCheckDigit() {
        // 31·0+29·1+23·0+19·0+17·1+13·0+7·9+5·1+3·0 = 114; 114 mod 11 = 4; 10 − 4 = 6
        TaxCode t = TaxCode.of("0100109106");
        assertEquals(TaxCode.Form.ORGANISATION, t.form());
        assertTrue(t.checkDigitValid());
        assertEquals(6, TaxCode.checkDigit("010010910", TaxCode.RemainderZero.INVALID).orElseThrow());
        assertEquals("0100109106", t.toString());
    }

    @Test
    void wrongCheckDigitIsAcceptedButFlagged() {
        TaxCode t = TaxCode.of("0100109107");
        assertFalse(t.checkDigitValid());
        assertTrue(t.hasCheckDigit());
    }

    @Test
    void remainderZeroFollowsThePolicy() {
        // 000000011: 5 + 3 = ... find a prefix with remainder 0: 100000000 → 31 mod 11 = 9; search
        String nine = null;
        for (int i = 0; i < 1000 && nine == null; i++) {
            String c = String.format("%09d", i);
            int sum = 0;
            int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            for (int k = 0; k < 9; k++) {
                sum += w[k] * (c.charAt(k) - '0');
            }
            if (sum % 11 == 0 && sum > 0) {
                nine = c;
            }
        }
        assertTrue(TaxCode.checkDigit(nine, TaxCode.RemainderZero.INVALID).isEmpty());
        assertEquals(0, TaxCode.checkDigit(nine, TaxCode.RemainderZero.AS_ZERO).orElseThrow());
        TaxCode t = TaxCode.of(nine + "0");
        assertTrue(t.checkDigitValid());
        assertTrue(t.checkDigitValid(TaxCode.RemainderZero.AS_ZERO));
        assertFalse(t.checkDigitValid(TaxCode.RemainderZero.INVALID));
    }

    @Test
    void remainderTenGivesCheckDigitZero() {
        // find a prefix with remainder 10: the check digit is 10 − 10 = 0
        for (int i = 0; i < 1000; i++) {
            String c = String.format("%09d", i);
            int sum = 0;
            int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            for (int k = 0; k < 9; k++) {
                sum += w[k] * (c.charAt(k) - '0');
            }
            if (sum % 11 == 10) {
                assertEquals(0, TaxCode.checkDigit(c, TaxCode.RemainderZero.INVALID).orElseThrow());
                return;
            }
        }
        throw new AssertionError("no prefix found");
    }

    @Test
    void branchFormWithAndWithoutHyphen() {
        TaxCode a = TaxCode.of("0100109106-001");
        TaxCode b = TaxCode.of("0100109106001");
        assertEquals(a, b);
        assertEquals("0100109106-001", b.value());
        assertEquals(TaxCode.Form.BRANCH, a.form());
        assertEquals(TaxCode.of("0100109106"), a.parent().orElseThrow());
        assertEquals(1, a.branchNumber().orElseThrow());
        assertTrue(a.checkDigitValid());
        assertThrows(InvalidIdentifierException.class, () -> new TaxCode("0100109106001"));
    }

    @Test
    void branchZeroIsRefused() {
        assertThrows(InvalidIdentifierException.class, () -> TaxCode.of("0100109106-000"));
        assertFalse(TaxCode.isWellFormed("0100109106000"));
    }

    @Test
    void personalFormIsACitizenIdAndMasked() {
        TaxCode t = TaxCode.of("001095012345");
        assertEquals(TaxCode.Form.PERSONAL, t.form());
        assertFalse(t.hasCheckDigit());
        assertTrue(t.checkDigitValid());
        assertEquals(CitizenId.of("001095012345"), t.citizenId().orElseThrow());
        assertEquals("*********345", t.toString());
        assertTrue(t.parent().isEmpty());
    }

    @Test
    void refusesOtherShapes() {
        for (String bad : new String[] {"", "123456789", "12345678901", "0100109106-01", "0100109106_001",
                "01001091061234", "010010910a", "0100109106-0001"}) {
            InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> TaxCode.of(bad));
            assertEquals(InvalidIdentifierException.Kind.TAX_CODE, e.kind());
            assertFalse(TaxCode.isWellFormed(bad), bad);
        }
        assertFalse(TaxCode.isWellFormed(null));
    }

    @Test
    void maskedHidesEveryForm() {
        assertEquals("*******106", TaxCode.of("0100109106").masked());
    }

    @Provide
    Arbitrary<TaxCode> codes() {
        return IdArbitraries.taxCodes();
    }

    @Property
    void parseOfValueRoundTripsAndGeneratedCheckDigitsFit(@ForAll("codes") TaxCode t) {
        assertEquals(t, TaxCode.of(t.value()));
        assertEquals(t, TaxCode.of(t.value().replace("-", "")));
        assertTrue(t.checkDigitValid(TaxCode.RemainderZero.INVALID));
    }

    @Property
    void changingTheCheckDigitBreaksIt(@ForAll("orgs") TaxCode t) {
        char d = t.value().charAt(9);
        char other = d == '9' ? '0' : (char) (d + 1);
        assertFalse(TaxCode.of(t.value().substring(0, 9) + other).checkDigitValid(TaxCode.RemainderZero.INVALID));
    }

    @Provide
    Arbitrary<TaxCode> orgs() {
        return IdArbitraries.organisationTaxCodes();
    }
}
