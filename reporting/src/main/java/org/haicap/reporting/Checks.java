package org.haicap.reporting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.internal.Checks.Refusal;
import org.haicap.core.text.VietnameseText;

/**
 * Argument checks of the model; package-private. The checks shared with core's records come from
 * {@code org.haicap.core.internal.Checks}, refusing with an {@link InvalidReportException} of
 * the matching reason; the ones only a report has are here.
 */
final class Checks {
    private static final Refusal MISSING = (where, value, vi, en) ->
            new InvalidReportException(InvalidReportException.Reason.MISSING, where, value);
    private static final Refusal NEGATIVE = (where, value, vi, en) ->
            new InvalidReportException(InvalidReportException.Reason.NEGATIVE, where, value);

    private Checks() {
    }

    static long nonNegative(String where, long value) {
        return org.haicap.core.internal.Checks.nonNegative(NEGATIVE, where, value);
    }

    static int decimals(String where, int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new InvalidReportException(InvalidReportException.Reason.PRECISION_OUT_OF_RANGE, where, decimals);
        }
        return decimals;
    }

    static long positive(String where, long value) {
        if (value < 1) {
            throw new InvalidReportException(InvalidReportException.Reason.STEP_NOT_POSITIVE, where, value);
        }
        return value;
    }

    static String text(String where, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReportException(InvalidReportException.Reason.BLANK, where, text);
        }
        return VietnameseText.nfc(text.strip());
    }

    static <T> T present(String where, T value) {
        return org.haicap.core.internal.Checks.present(MISSING, where, value);
    }

    static <T> Optional<T> optional(String where, Optional<T> value) {
        return present(where, value);
    }

    static <T> List<T> list(String where, List<T> values) {
        return org.haicap.core.internal.Checks.list(MISSING, where, values);
    }

    static <T> T nonNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
