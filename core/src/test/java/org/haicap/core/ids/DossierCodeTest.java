package org.haicap.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.haicap.core.testing.ProcedureArbitraries;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class DossierCodeTest {

    @Test
    void parsesTheDocumentedExample() {
        DossierCode c = DossierCode.parse("H15.50.05.13-261008-0975");
        assertTrue(c.isStructured());
        assertEquals(Optional.of("H15.50.05.13"), c.agency());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 8)), c.intakeDate());
        assertEquals(OptionalLong.of(975), c.sequence());
        assertEquals("H15.50.05.13-261008-0975", c.toString());
    }

    @Test
    void sevenDigitSequencesOfMinistrySystems() {
        assertTrue(DossierCode.isWellFormed("G01.BTP-250714-1234567"));
        assertFalse(DossierCode.isWellFormed("G01-250714-12345678"));
        assertFalse(DossierCode.isWellFormed("G01-250714-123"));
    }

    @Test
    void malformedCodesSayWhy() {
        assertReason(InvalidDossierCodeException.Reason.BLANK, "   ");
        assertReason(InvalidDossierCodeException.Reason.TOO_LONG, "A".repeat(65));
        assertReason(InvalidDossierCodeException.Reason.BAD_CHARACTER, "H15 50-261008-0975");
        assertReason(InvalidDossierCodeException.Reason.BAD_CHARACTER, "H15/50-261008-0975");
        assertReason(InvalidDossierCodeException.Reason.NOT_STRUCTURED, "h15.50-261008-0975");
        assertReason(InvalidDossierCodeException.Reason.NOT_STRUCTURED, "H15.50-2610080-0975");
        assertReason(InvalidDossierCodeException.Reason.NOT_STRUCTURED, "H15..50-261008-0975");
        assertReason(InvalidDossierCodeException.Reason.NOT_STRUCTURED, "HS000123");
        assertReason(InvalidDossierCodeException.Reason.BAD_DATE, "H15-261308-0975");
        assertReason(InvalidDossierCodeException.Reason.BAD_DATE, "H15-250229-0975");
    }

    private static void assertReason(InvalidDossierCodeException.Reason reason, String text) {
        InvalidDossierCodeException e = assertThrows(InvalidDossierCodeException.class, () -> DossierCode.parse(text));
        assertEquals(reason, e.reason(), text);
        assertEquals(text, e.value());
        assertTrue(e.getMessage().contains("mã hồ sơ") || e.getMessage().contains("phần ngày"), e.getMessage());
        assertTrue(e.getMessage().contains(" / "), e.getMessage());
    }

    @Test
    void leapDayIsADate() {
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), DossierCode.parse("H15-280229-0001").intakeDate());
    }

    @Test
    void lenientModeAcceptsOpaqueIds() {
        DossierCode c = DossierCode.parse(" hs_2025.000123 ", DossierCode.Mode.LENIENT);
        assertEquals("hs_2025.000123", c.value());
        assertFalse(c.isStructured());
        assertEquals(Optional.empty(), c.agency());
        assertEquals(Optional.empty(), c.intakeDate());
        assertEquals(OptionalLong.empty(), c.sequence());
        assertTrue(DossierCode.isWellFormed("abc", DossierCode.Mode.LENIENT));
        assertFalse(DossierCode.isWellFormed("abc", DossierCode.Mode.STRICT));
        assertFalse(DossierCode.isWellFormed("mã-hồ-sơ", DossierCode.Mode.LENIENT));
        assertFalse(DossierCode.isWellFormed(null, DossierCode.Mode.LENIENT));
        assertThrows(InvalidDossierCodeException.class, () -> DossierCode.parse("a b", DossierCode.Mode.LENIENT));
    }

    @Test
    void constructorAcceptsTheLenientForm() {
        assertEquals("X-1", new DossierCode("X-1").value());
        assertThrows(InvalidDossierCodeException.class, () -> new DossierCode(""));
        assertThrows(InvalidDossierCodeException.class, () -> new DossierCode("A".repeat(65)));
    }

    @Test
    void formatsFromParts() {
        assertEquals("H15.50.05.13-261008-0975", DossierCode.of("H15.50.05.13", LocalDate.of(2026, 10, 8), 975).value());
        assertEquals("H15-250701-0001234", DossierCode.of("H15", LocalDate.of(2025, 7, 1), 1234, 7).value());
        assertEquals("H15-250701-12345", DossierCode.of("H15", LocalDate.of(2025, 7, 1), 12345).value());
        assertThrows(InvalidDossierCodeException.class, () -> DossierCode.of("H15", LocalDate.of(1999, 12, 31), 1));
        assertThrows(InvalidDossierCodeException.class, () -> DossierCode.of("h15", LocalDate.of(2025, 7, 1), 1));
        assertThrows(InvalidDossierCodeException.class, () -> DossierCode.of("H15", LocalDate.of(2025, 7, 1), -1));
        assertThrows(InvalidDossierCodeException.class, () -> DossierCode.of("H15", LocalDate.of(2025, 7, 1), 12_345_678));
        assertThrows(IllegalArgumentException.class, () -> DossierCode.of("H15", LocalDate.of(2025, 7, 1), 1, 3));
    }

    @Test
    void ordersByText() {
        assertTrue(DossierCode.parse("A-250701-0001").compareTo(DossierCode.parse("A-250701-0002")) < 0);
    }

    @Provide
    Arbitrary<String> agencies() {
        return ProcedureArbitraries.agencies();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return ProcedureArbitraries.intakeDates();
    }

    @Property(tries = 500)
    void formatThenParseGivesThePartsBack(@ForAll("agencies") String agency, @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 4, max = 7) int digits, @ForAll @IntRange(min = 0, max = 9999) int sequence) {
        DossierCode formatted = DossierCode.of(agency, date, sequence, digits);
        DossierCode parsed = DossierCode.parse(formatted.value());
        assertEquals(formatted, parsed);
        assertEquals(Optional.of(agency), parsed.agency());
        assertEquals(Optional.of(date), parsed.intakeDate());
        assertEquals(OptionalLong.of(sequence), parsed.sequence());
        assertTrue(parsed.value().matches(DossierCode.STRUCTURED_REGEX));
    }

    @Provide
    Arbitrary<DossierCode> codes() {
        return ProcedureArbitraries.dossierCodes();
    }

    @Property(tries = 300)
    void parseThenFormatGivesTheTextBack(@ForAll("codes") DossierCode code) {
        String text = code.value();
        DossierCode parsed = DossierCode.parse(text);
        int digits = text.length() - text.lastIndexOf('-') - 1;
        assertEquals(text, DossierCode.of(parsed.agency().orElseThrow(), parsed.intakeDate().orElseThrow(),
                parsed.sequence().orElseThrow(), digits).value());
        assertEquals(code, SerializationRoundTrip.roundTrip(code));
    }

    @Provide
    Arbitrary<String> opaque() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("._-")
                .ofMinLength(1).ofMaxLength(64).filter(s -> !s.isBlank());
    }

    @Property(tries = 500)
    void strictIsASubsetOfLenient(@ForAll("opaque") String text) {
        assertTrue(DossierCode.isWellFormed(text, DossierCode.Mode.LENIENT));
        assertEquals(DossierCode.isWellFormed(text), new DossierCode(text).isStructured());
    }
}
