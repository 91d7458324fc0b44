package org.haicap.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared checks pass the component, the shown value and both texts to the package's refusal. */
class ChecksTest {

    /** Records what a check refused with. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final List<Object> parts;

        Refused(String field, Object value, String vi, String en) {
            super(en);
            parts = Arrays.asList(field, value, vi, en);
        }
    }

    private static final Checks.Refusal R = Refused::new;

    @Test
    void missingValue() {
        Refused e = assertThrows(Refused.class, () -> Checks.present(R, "name", null));
        assertEquals(List.of("name", "null", "thiếu giá trị", "a value is required"), e.parts);
    }

    @Test
    void nullElementIsNamedByIndex() {
        Refused e = assertThrows(Refused.class, () -> Checks.list(R, "rows", Arrays.asList("a", null)));
        assertEquals("rows[1]", e.parts.get(0));
        assertEquals(List.of("a", "b"), Checks.list(R, "rows", List.of("a", "b")));
    }

    @Test
    void boundedTextIsNormalisedAndBounded() {
        assertEquals("Hà Nội", Checks.boundedText(R, "n", "  Ha\u0300 Nội ", 10, false));
        Refused e = assertThrows(Refused.class, () -> Checks.boundedText(R, "n", "abcdef", 5, false));
        assertEquals(List.of("n", "abcdef", "dài quá 5 ký tự", "longer than 5 characters"), e.parts);
        e = assertThrows(Refused.class, () -> Checks.boundedText(R, "n", "a\u0007b", 5, false));
        assertEquals("contains control characters", e.parts.get(3));
    }

    @Test
    void requiredTextNamesTheComponentInBothLanguages() {
        assertThrows(NullPointerException.class, () -> Checks.requiredText(R, null, "tên", "name"));
        Refused e = assertThrows(Refused.class, () -> Checks.requiredText(R, "  ", "tên", "name"));
        assertEquals(List.of("name", "  ", "tên không được để trống", "name must not be blank"), e.parts);
    }

    @Test
    void numbersAndDates() {
        Refused e = assertThrows(Refused.class, () -> Checks.nonNegative(R, "count", -2));
        assertEquals(List.of("count", -2L, "không được âm", "cannot be negative"), e.parts);
        LocalDate d = LocalDate.of(2025, 7, 1);
        e = assertThrows(Refused.class, () -> Checks.endAfter(R, "end", d, Optional.of(d)));
        assertEquals("2025-07-01 ≤ 2025-07-01", e.parts.get(1));
        e = assertThrows(Refused.class, () -> Checks.notBefore(R, "later", d, Optional.of(d.minusDays(1))));
        assertEquals("the date cannot be before 2025-07-01", e.parts.get(3));
        Checks.endAfter(R, "end", d, Optional.empty());
        assertThrows(Refused.class, () -> Checks.id(R, "id", "-bad"));
    }
}
