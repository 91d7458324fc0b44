package org.haicap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.people.PersonId;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.StatusChange;
import org.junit.jupiter.api.Test;

/** The refusals of the domain records share one type with the field, the shown value and both languages. */
class InvalidValueExceptionTest {

    @Test
    void peoplePartyPaymentsAndProceduresRefuseWithTheCommonType() {
        assertParts(assertThrows(InvalidValueException.class, () -> PersonId.of("-bad id")), "-bad id");
        assertParts(assertThrows(InvalidValueException.class, () -> PartyOrganisationId.of("")), "");
        assertParts(assertThrows(InvalidValueException.class,
                () -> Payment.partyFee("", "P1", YearMonth.of(2025, 7), "O1", Vnd.of(1), PaymentChannel.CASH,
                        PaymentStatus.SUCCEEDED, LocalDate.of(2025, 7, 1).atStartOfDay(), Optional.empty())), "");
    }

    private static void assertParts(InvalidValueException e, String shown) {
        assertFalse(e.field().isEmpty(), e.getMessage());
        assertEquals(shown, e.value());
        assertFalse(e.vietnamese().isBlank());
        assertFalse(e.english().isBlank());
        assertTrue(e.getMessage().contains(e.vietnamese()) && e.getMessage().contains(e.english()), e.getMessage());
    }

    @Test
    void theProcedurePackageToo() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new StatusChange(LocalDate.of(2025, 7, 1).atStartOfDay(), DossierStatus.NEW, DossierStatus.ACCEPTED,
                        Optional.of("  ")));
        assertEquals("note", e.field());
        assertTrue(e.vietnamese().contains("ghi chú"), e.vietnamese());
        assertTrue(e.english().contains("note"), e.english());
    }
}
