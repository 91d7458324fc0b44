package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.ids.DocumentNumber;
import org.haicap.core.ids.InvalidIdentifierException;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class DecisionTest {

    @Test
    void hanoiGuidance11() {
        Decision d = Decision.of("11-HD/TU", LocalDate.of(2025, 7, 14));
        assertEquals(DocumentNumber.Form.PARTY, d.number().form());
        assertEquals(11, d.number().number());
        assertTrue(d.toString().contains("2025-07-14"));
        assertEquals(d, SerializationRoundTrip.roundTrip(d));
    }

    @Test
    void refusesBadNumbersAndMissingDates() {
        assertThrows(InvalidIdentifierException.class, () -> Decision.of("no number", LocalDate.of(2025, 7, 14)));
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class,
                () -> Decision.of("11-HD/TU", null));
        assertEquals("issuedOn", e.field());
        assertThrows(InvalidPeopleDataException.class, () -> new Decision(DocumentNumber.parse("11-HD/TU"),
                LocalDate.of(2025, 7, 14), Optional.of("")));
    }

    @Test
    void issuerIsNormalised() {
        Decision d = new Decision(DocumentNumber.parse("11-HD/TU"), LocalDate.of(2025, 7, 14),
                Optional.of(java.text.Normalizer.normalize(" Thành ủy Hà Nội ", java.text.Normalizer.Form.NFD)));
        assertEquals(Optional.of("Thành ủy Hà Nội"), d.issuer());
        assertEquals(d, SerializationRoundTrip.roundTrip(d));
    }
}
