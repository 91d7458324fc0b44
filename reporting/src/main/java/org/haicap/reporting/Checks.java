package org.haicap.reporting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.text.VietnameseText;

/** Shared argument checks of the model; package-private. */
final class Checks {
    private Checks() {
    }

    static long nonNegative(String where, long value) {
        if (value < 0) {
            throw new InvalidReportException(InvalidReportException.Reason.NEGATIVE, where, value);
        }
        return value;
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
        if (value == null) {
            throw new InvalidReportException(InvalidReportException.Reason.MISSING, where, "null");
        }
        return value;
    }

    static <T> Optional<T> optional(String where, Optional<T> value) {
        return present(where, value);
    }

    static <T> List<T> list(String where, List<T> values) {
        present(where, values);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidReportException(InvalidReportException.Reason.MISSING, where + "[" + i + "]", "null");
            }
        }
        return List.copyOf(values);
    }

    static <T> T nonNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
