package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.haicap.core.text.VietnameseText;

/**
 * A {@link LineCursor} over the tokens of a Jackson parser, which enforces the factory's limits
 * itself. Parser errors come out as {@link UncheckedIOException}; the caller falls back on them
 * as on {@link LineCursor#GIVE_UP}. One line, one thread.
 */
final class ParserCursor extends LineCursor {
    private final JsonParser p;
    /** A token read ahead and not yet consumed, or null. */
    private JsonToken pending;

    /**
     * A cursor whose parser's current token is {@code current} (the line's {@code START_OBJECT}),
     * not yet consumed.
     */
    ParserCursor(JsonParser p, JsonToken current) {
        this.p = p;
        this.pending = current;
    }

    private JsonToken next() {
        JsonToken t = pending;
        if (t != null) {
            pending = null;
            return t;
        }
        try {
            return p.nextToken();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void expect(JsonToken wanted) {
        if (next() != wanted) {
            throw GIVE_UP;
        }
    }

    @Override
    void openObject() {
        expect(JsonToken.START_OBJECT);
    }

    @Override
    int field(Names names) {
        if (pending != null) {
            throw GIVE_UP;
        }
        String name;
        try {
            name = p.nextFieldName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (name == null) {
            if (p.hasToken(JsonToken.END_OBJECT)) {
                return -1;
            }
            throw GIVE_UP;
        }
        int i = names.indexOf(name);
        if (i < 0) {
            throw GIVE_UP;
        }
        return i;
    }

    @Override
    void openArray() {
        expect(JsonToken.START_ARRAY);
    }

    @Override
    boolean nextElement() {
        JsonToken t = next();
        if (t == JsonToken.END_ARRAY) {
            return false;
        }
        pending = t;
        return true;
    }

    @Override
    boolean nullValue() {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NULL) {
            return true;
        }
        pending = t;
        return false;
    }

    @Override
    String string() {
        expect(JsonToken.VALUE_STRING);
        try {
            return p.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    int constant(Names names) {
        expect(JsonToken.VALUE_STRING);
        try {
            int i = names.indexOf(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (i < 0) {
                throw GIVE_UP;
            }
            return i;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    long integer() {
        expect(JsonToken.VALUE_NUMBER_INT);
        try {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw GIVE_UP;
            }
            return p.getLongValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    boolean bool() {
        JsonToken t = next();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw GIVE_UP;
    }

    @Override
    LocalDateTime dateTime(StringForm<LocalDateTime> form) {
        expect(JsonToken.VALUE_STRING);
        try {
            LocalDateTime fast = IsoTimes.dateTime(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            return fast != null ? fast : form.parse().apply(VietnameseText.nfc(p.getText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    YearMonth month(StringForm<YearMonth> form) {
        expect(JsonToken.VALUE_STRING);
        try {
            YearMonth fast = IsoTimes.yearMonth(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            return fast != null ? fast : form.parse().apply(VietnameseText.nfc(p.getText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
