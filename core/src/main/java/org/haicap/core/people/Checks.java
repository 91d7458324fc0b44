package org.haicap.core.people;

import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.internal.Checks.Refusal;
import org.haicap.core.internal.Identifiers;

/**
 * The shared checks of {@code org.haicap.core.internal.Checks}; every failure is an
 * {@link InvalidPeopleDataException}.
 */
final class Checks {
    /** Longest identifier, in characters. */
    static final int MAX_ID_LENGTH = Identifiers.MAX_LENGTH;

    private static final Refusal REFUSAL =
            (field, value, vi, en) -> new InvalidPeopleDataException(field, String.valueOf(value), vi, en);

    private Checks() {
    }

    static <T> T present(String field, T value) {
        return org.haicap.core.internal.Checks.present(REFUSAL, field, value);
    }

    static String id(String field, String value) {
        return org.haicap.core.internal.Checks.id(REFUSAL, field, value);
    }

    /** NFC, stripped, non-blank, at most {@code max} code points, no control characters. */
    static String text(String field, String value, int max, boolean personal) {
        return org.haicap.core.internal.Checks.boundedText(REFUSAL, field, value, max, personal);
    }

    static Optional<String> optionalText(String field, Optional<String> value, int max, boolean personal) {
        return present(field, value).map(v -> text(field, v, max, personal));
    }

    /** {@code end}, if present, must be after {@code start} (ends are exclusive). */
    static void after(String field, LocalDate start, Optional<LocalDate> end) {
        org.haicap.core.internal.Checks.endAfter(REFUSAL, field, start, end);
    }
}
