package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.text.VietnameseText;

/**
 * A hand-written binder for one row type, the fast path of {@link JsonLinesReader}: it walks the
 * parser's tokens itself instead of going through databind, and builds the row with the same
 * parse functions ({@link ValueTypes}) and constructors that databind uses.
 *
 * <p>The rule that keeps it safe: a binder returns a value only when it is certain that the
 * haicap mapper would return an equal value for the same line. On anything else (an unknown or
 * repeated field, a missing required field, an unexpected token, {@code null} where databind
 * would not read it as an empty Optional, text with NUL, an exception from a parse function or a
 * constructor) it returns {@code null} or throws, and the reader reads the line again through
 * databind, which then reports the problem exactly as it always has. Binders never make problems.
 *
 * <p>Binders run with the parser's duplicate detection turned off: every field of every object
 * they accept is known and marked in a bit mask, so a repeated field is noticed all the same.
 *
 * <p>Implementations are stateless, immutable and thread-safe.
 *
 * @param <T> the row type
 */
abstract class LineBinder<T> {

    /**
     * The row of the object whose {@code START_OBJECT} is the parser's current token, leaving the
     * parser at its {@code END_OBJECT}; or {@code null} when not certain.
     *
     * @param p the parser
     * @return the row, or null
     * @throws IOException from the parser (the caller then falls back)
     * @throws RuntimeException from parse functions and constructors (the caller then falls back)
     */
    abstract T bindObject(JsonParser p) throws IOException;

    /** The binder for {@code type}, or null when rows of that type go through databind. */
    @SuppressWarnings("unchecked")
    static <T> LineBinder<T> forType(Class<T> type) {
        if (type == Dossier.class) {
            return (LineBinder<T>) new DossierBinder();
        }
        if (type == Payment.class) {
            return (LineBinder<T>) new PaymentBinder();
        }
        return null;
    }

    /**
     * A {@code String} as {@link NfcText.Deserializer} reads it: a JSON string without NUL, in
     * NFC; null for any other token.
     */
    static String text(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        String s = p.getText();
        return s.indexOf('\u0000') >= 0 ? null : VietnameseText.nfc(s);
    }

    /**
     * An {@code Optional<String>} as {@link OptionalSupport} reads it: {@code null} is empty, a
     * string is {@link #text}; null for any other token.
     */
    static Optional<String> optionalText(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        String s = text(p, t);
        return s == null ? null : Optional.of(s);
    }

    /**
     * A value type as {@link StringForm.Deserializer} reads it: a JSON string, in NFC, parsed by
     * the form; null for any other token; the form's exception for bad text.
     */
    static <V> V value(JsonParser p, JsonToken t, StringForm<V> form) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        return form.parse().apply(VietnameseText.nfc(p.getText()));
    }

    /**
     * An enum constant as Jackson's enum deserializer reads it when the text is exactly a
     * constant's name; null for anything else (other spellings are left to databind).
     */
    static <E extends Enum<E>> E constant(JsonParser p, JsonToken t, E[] values) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        char[] c = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        for (E e : values) {
            String name = e.name();
            if (name.length() == len && same(name, c, off)) {
                return e;
            }
        }
        return null;
    }

    private static boolean same(String s, char[] c, int off) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) != c[off + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code LocalDateTime} as the module reads it ({@link IsoTimes#parseDateTime} on NFC text):
     * the commonest shape straight from the parser's characters (plain ASCII, which NFC leaves
     * alone), any other through {@link #value}.
     */
    static LocalDateTime dateTime(JsonParser p, JsonToken t, StringForm<LocalDateTime> form) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        LocalDateTime fast = IsoTimes.dateTime(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        return fast != null ? fast : value(p, t, form);
    }

    /** An {@code Optional<LocalDateTime>}: {@code null} is empty, else {@link #dateTime}. */
    static Optional<LocalDateTime> optionalDateTime(JsonParser p, JsonToken t, StringForm<LocalDateTime> form)
            throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        LocalDateTime v = dateTime(p, t, form);
        return v == null ? null : Optional.of(v);
    }

    /** A {@code YearMonth} as the module reads it, like {@link #dateTime}. */
    static YearMonth month(JsonParser p, JsonToken t, StringForm<YearMonth> form) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        YearMonth fast = IsoTimes.yearMonth(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        return fast != null ? fast : value(p, t, form);
    }

    /** A {@code boolean} component: only {@code true} and {@code false}. */
    static int bool(JsonToken t) {
        if (t == JsonToken.VALUE_TRUE) {
            return 1;
        }
        return t == JsonToken.VALUE_FALSE ? 0 : -1;
    }
}
