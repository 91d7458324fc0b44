package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.UncheckedIOException;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;

/**
 * A hand-written binder for one row type, the fast path of {@link JsonLinesReader}: it reads the
 * values of a line's object through a {@link LineCursor} instead of going through databind, and
 * builds the row with the same parse functions ({@link ValueTypes}) and constructors that
 * databind uses. The same binder runs over the line's bytes ({@link #scan}, through
 * {@link ByteScanner}) and, when the scanner is not certain, over a Jackson parser
 * ({@link #bindObject}, through {@link ParserCursor}).
 *
 * <p>The rule that keeps it safe: a binder returns a value only when it is certain that the
 * haicap mapper would return an equal value for the same line. On anything else (an unknown or
 * repeated field, a missing required field, an unexpected token, {@code null} where databind
 * would not read it as an empty Optional, text with NUL, an exception from a parse function or a
 * constructor) it returns {@code null} or throws, and the reader reads the line another way,
 * which then reports the problem exactly as it always has. Binders never make problems.
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
     * The row of the object that is the cursor's next value, leaving the cursor after it.
     *
     * @param c the cursor
     * @return the row, never null
     * @throws RuntimeException when not certain ({@link LineCursor#GIVE_UP}, parse functions,
     *     constructors, the parser): the caller then falls back
     */
    abstract T bind(LineCursor c);

    /**
     * The row of the object whose {@code START_OBJECT} is the parser's current token, leaving the
     * parser at its {@code END_OBJECT}; or {@code null} when not certain.
     *
     * @param p the parser
     * @return the row, or null
     * @throws RuntimeException from parse functions and constructors (the caller then falls back)
     */
    final T bindObject(JsonParser p) {
        try {
            return bind(new ParserCursor(p, p.currentToken()));
        } catch (LineCursor.GiveUp | UncheckedIOException e) {
            return null;
        }
    }

    /**
     * The row of a whole line read from its UTF-8 bytes by {@link ByteScanner}, or {@code null}
     * when the scanner is not certain (anything after the object but white space included).
     *
     * @param bytes the line's bytes, well-formed UTF-8
     * @param offset where the line starts
     * @param length the line's length in bytes
     * @param limits the reader's JSON limits
     * @return the row, or null
     */
    final T scan(byte[] bytes, int offset, int length, HaicapJson.Limits limits) {
        try {
            ByteScanner s = new ByteScanner(bytes, offset, length, limits);
            T value = bind(s);
            s.end();
            return value;
        } catch (RuntimeException e) {
            return null;
        }
    }

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
}
