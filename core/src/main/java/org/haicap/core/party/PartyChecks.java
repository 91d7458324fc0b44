package org.haicap.core.party;

import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.internal.Checks;
import org.haicap.core.internal.Checks.Refusal;

/**
 * The shared checks of {@code org.haicap.core.internal.Checks}; every failure is an
 * {@link InvalidPartyDataException}.
 */
final class PartyChecks {
    private static final Refusal REFUSAL =
            (field, value, vi, en) -> new InvalidPartyDataException(field, String.valueOf(value), vi, en);

    private PartyChecks() {
    }

    static <T> T present(String field, T value) {
        return Checks.present(REFUSAL, field, value);
    }

    static String id(String field, String value) {
        return Checks.id(REFUSAL, field, value);
    }

    static String text(String field, String value, int max) {
        return Checks.boundedText(REFUSAL, field, value, max, false);
    }

    static int nonNegative(String field, int value) {
        return (int) Checks.nonNegative(REFUSAL, field, value);
    }

    static void notBefore(String field, LocalDate earlier, Optional<LocalDate> later) {
        Checks.notBefore(REFUSAL, field, earlier, later);
    }
}
