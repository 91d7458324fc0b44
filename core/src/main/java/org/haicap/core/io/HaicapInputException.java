package org.haicap.core.io;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.text.LocalizedText;

/**
 * Input was refused (dữ liệu đầu vào bị từ chối): the one base type of the exceptions haicap
 * throws for bad input, whether a value given to a constructor, a code or identifier, a query,
 * a row or document being read, a schedule, amendment or settings file. An application can
 * catch this one type and show the user {@link #bilingualMessage()} in their language and, when
 * known, {@link #location()} (file, line, column, JSON path).
 *
 * <p>{@link #getMessage()} keeps the one-line message of each exception, Vietnamese then
 * English ({@code "… / …"}); subclasses keep their own accessors (reason, value, field, source).
 * Messages never carry a stack trace's worth of detail and are safe to log: personal values are
 * masked and long ones shortened by the subclass.
 *
 * <p>It stays an {@link IllegalArgumentException}, so callers that catch that type still work.
 * Immutable once thrown. The location is not serialised with the exception.
 */
public abstract class HaicapInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String vietnamese;
    private final String english;
    /** Locations are values, not meant to be serialised with the exception. */
    private final transient SourceLocation location;

    /**
     * An exception whose message is {@code vietnamese + " / " + english}, with no location.
     *
     * @param vietnamese the message in Vietnamese
     * @param english the message in English
     */
    protected HaicapInputException(String vietnamese, String english) {
        this(vietnamese + " / " + english, vietnamese, english, null, null);
    }

    /**
     * An exception with its own one-line message, the message in each language and, when known,
     * where the input was refused.
     *
     * @param message the one-line message, as {@link #getMessage()} returns it
     * @param vietnamese the message in Vietnamese
     * @param english the message in English
     * @param location where the input was refused, or null when it is not known
     */
    protected HaicapInputException(String message, String vietnamese, String english, SourceLocation location) {
        this(message, vietnamese, english, location, null);
    }

    /**
     * Like {@link #HaicapInputException(String, String, String, SourceLocation)}, with a cause.
     *
     * @param message the one-line message, as {@link #getMessage()} returns it
     * @param vietnamese the message in Vietnamese
     * @param english the message in English
     * @param location where the input was refused, or null when it is not known
     * @param cause the exception that made the input unusable, or null
     */
    protected HaicapInputException(String message, String vietnamese, String english, SourceLocation location,
            Throwable cause) {
        super(message, cause);
        this.vietnamese = Objects.requireNonNull(vietnamese, "vietnamese");
        this.english = Objects.requireNonNull(english, "english");
        this.location = location;
    }

    /**
     * The message in Vietnamese and English, without the other language; falls back to the
     * whole one-line message for a language whose text is blank.
     *
     * @return the bilingual message
     */
    public LocalizedText bilingualMessage() {
        String whole = String.valueOf(getMessage());
        return LocalizedText.of(vietnamese.isBlank() ? whole : vietnamese, english.isBlank() ? whole : english);
    }

    /**
     * The message in the language of {@code locale}: Vietnamese for any {@code vi} locale,
     * English for any other.
     *
     * @param locale the reader's locale
     * @return the message
     */
    public String message(Locale locale) {
        return bilingualMessage().in(locale);
    }

    /**
     * Where the input was refused (file, line, column, record id, JSON path), when known; empty
     * for a value given in code, and after the exception has been serialised.
     *
     * @return the location
     */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /**
     * The start of line {@code line} of {@code source}, for an exception that knows the file and
     * line but not the column; null when either is unusable ({@code source} blank, {@code line}
     * below 1), so that building the exception never fails.
     *
     * @param source the file or resource, as named to the user
     * @param line the line, from 1
     * @return the location, or null
     */
    protected static SourceLocation lineOf(String source, long line) {
        if (source == null || source.isBlank() || line < 1) {
            return null;
        }
        return SourceLocation.of(source, line, 1);
    }
}
