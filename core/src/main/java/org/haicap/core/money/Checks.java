package org.haicap.core.money;

import java.util.Optional;
import org.haicap.core.internal.Checks.Refusal;

/**
 * The shared checks of {@code org.haicap.core.internal.Checks} refusing with an
 * {@link InvalidPaymentException}; package-private.
 */
final class Checks {
    private static final Refusal REFUSAL = (field, value, vi, en) -> new InvalidPaymentException(field, value, vi, en);

    private Checks() {
    }

    /**
     * The text in NFC without surrounding white space.
     *
     * @throws NullPointerException if it is null
     * @throws InvalidPaymentException if it is blank
     */
    static String text(String value, String vi, String en) {
        return org.haicap.core.internal.Checks.requiredText(REFUSAL, value, vi, en);
    }

    /** Like {@link #text} for an optional value: an empty Optional stays empty, blank is refused. */
    static Optional<String> optionalText(Optional<String> value, String vi, String en) {
        java.util.Objects.requireNonNull(value, en);
        return value.map(v -> text(v, vi, en));
    }

    /** The exception for a broken rule: the component at fault, its value, the rule in both languages. */
    static InvalidPaymentException invalid(String field, Object value, String vi, String en) {
        return new InvalidPaymentException(field, value, vi, en);
    }
}
