package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class ServicePointTest {
    private static final LocalDate OPENED = LocalDate.of(2025, 7, 1);

    private static ServicePoint postOffice() {
        return ServicePoint.of("DL001", "Bưu cục Ba Đình", UnitCode.of("00004"), ServicePoint.Kind.POST_OFFICE, OPENED);
    }

    @Test
    void openOnAsOfDate() {
        ServicePoint p = postOffice();
        assertFalse(p.isOpenOn(OPENED.minusDays(1)));
        assertTrue(p.isOpenOn(OPENED));
        ServicePoint closed = p.closedOn(LocalDate.of(2025, 12, 31));
        assertTrue(closed.isOpenOn(LocalDate.of(2025, 12, 30)));
        assertFalse(closed.isOpenOn(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void closingNotAfterOpeningIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> postOffice().closedOn(OPENED));
    }

    @Test
    void blankIdOrNameIsRefusedAndNameIsNfc() {
        assertThrows(IllegalArgumentException.class,
                () -> ServicePoint.of(" ", "x", UnitCode.of("00004"), ServicePoint.Kind.BANK, OPENED));
        assertThrows(IllegalArgumentException.class,
                () -> ServicePoint.of("a", "", UnitCode.of("00004"), ServicePoint.Kind.BANK, OPENED));
        String nfd = Normalizer.normalize("Bưu cục Ba Đình", Normalizer.Form.NFD);
        assertEquals(postOffice(), ServicePoint.of("DL001", nfd, UnitCode.of("00004"), ServicePoint.Kind.POST_OFFICE, OPENED));
    }

    @Test
    void kindLabels() {
        assertEquals("Ngân hàng", ServicePoint.Kind.BANK.vietnamese());
        assertEquals("Shop", ServicePoint.Kind.SHOP.english());
        assertEquals(4, ServicePoint.Kind.values().length);
    }

    @Test
    void serialisationRoundTrip() {
        assertEquals(postOffice(), SerializationRoundTrip.roundTrip(postOffice()));
        ServicePoint closed = postOffice().closedOn(LocalDate.of(2026, 1, 1));
        assertEquals(closed, SerializationRoundTrip.roundTrip(closed));
    }
}
