package org.haicap.core.procedures;

import java.util.Objects;
import java.util.Optional;
import org.haicap.core.text.VietnameseText;

/** Argument checks with bilingual messages, shared by the types of this package. */
final class Checks {
    private Checks() {
    }

    /**
     * The text in NFC without surrounding white space.
     *
     * @throws NullPointerException if it is null
     * @throws InvalidProcedureDataException if it is blank
     */
    static String text(String value, String vi, String en) {
        Objects.requireNonNull(value, en);
        String v = VietnameseText.nfc(value).strip();
        if (v.isEmpty()) {
            throw new InvalidProcedureDataException(en, value, vi + " không được để trống", en + " must not be blank");
        }
        return v;
    }

    /** Like {@link #text} for an optional value: an empty Optional stays empty, blank is refused. */
    static Optional<String> optionalText(Optional<String> value, String vi, String en) {
        Objects.requireNonNull(value, en);
        return value.map(v -> text(v, vi, en));
    }

    /** The exception for a broken rule: the component at fault, its value, the rule in both languages. */
    static InvalidProcedureDataException invalid(String field, Object value, String vi, String en) {
        return new InvalidProcedureDataException(field, value, vi, en);
    }
}
