package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class StatusChangeTest {
    private static final LocalDateTime T = LocalDateTime.of(2025, 7, 2, 9, 30);

    @Test
    void legalityFollowsTheTable() {
        assertTrue(StatusChange.of(T, DossierStatus.NEW, DossierStatus.ACCEPTED).isLegal());
        assertFalse(StatusChange.of(T, DossierStatus.NEW, DossierStatus.PROCESSED).isLegal());
    }

    @Test
    void noteIsNfcAndNotBlank() {
        String nfd = Normalizer.normalize("Thiếu tờ khai", Normalizer.Form.NFD);
        assertEquals(Optional.of("Thiếu tờ khai"),
                new StatusChange(T, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, Optional.of(nfd)).note());
        assertThrows(IllegalArgumentException.class,
                () -> new StatusChange(T, DossierStatus.PROCESSING, DossierStatus.STOPPED, Optional.of(" ")));
    }

    @Test
    void serialisationRoundTrip() {
        StatusChange c = new StatusChange(T, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, Optional.of("x"));
        assertEquals(c, SerializationRoundTrip.roundTrip(c));
        StatusChange d = StatusChange.of(T, DossierStatus.NEW, DossierStatus.ACCEPTED);
        assertEquals(d, SerializationRoundTrip.roundTrip(d));
    }
}
