package org.haicap.core;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A value of the domain model was refused (giá trị không hợp lệ): the common type of the
 * exceptions the records of {@code people}, {@code party}, {@code procedures} and {@code money}
 * throw from their constructors, so an importer can catch one type and report the field, the
 * value as it may be shown and the reason in both languages, whatever record refused it.
 *
 * <p>A {@link HaicapInputException}: {@link #bilingualMessage()} is the whole message in each
 * language, while {@link #label()}, {@link #vietnamese()} and {@link #english()} are the reason
 * alone.
 *
 * <p>The value is already made safe to show: personal values (full names, card numbers) are
 * masked and long values shortened by the subclass, so the message is safe to log.
 */
public abstract class InvalidValueException extends HaicapInputException implements Bilingual {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String vietnamese;
    private final String english;

    /**
     * Creates the exception.
     *
     * @param message the full message, in Vietnamese and English
     * @param field the field or component at fault
     * @param shownValue the offending value as it may be shown
     * @param vietnamese why, in Vietnamese
     * @param english why, in English
     */
    protected InvalidValueException(String message, String field, String shownValue, String vietnamese,
            String english) {
        this(message, field + ": " + vietnamese, field + ": " + english, field, shownValue, vietnamese, english);
    }

    /**
     * Creates the exception with its message in each language; the one-line message is
     * {@code messageVietnamese + " / " + messageEnglish}.
     *
     * @param messageVietnamese the whole message, in Vietnamese
     * @param messageEnglish the whole message, in English
     * @param field the field or component at fault
     * @param shownValue the offending value as it may be shown
     * @param vietnamese why, in Vietnamese
     * @param english why, in English
     */
    protected InvalidValueException(String messageVietnamese, String messageEnglish, String field, String shownValue,
            String vietnamese, String english) {
        this(messageVietnamese + " / " + messageEnglish, messageVietnamese, messageEnglish, field, shownValue,
                vietnamese, english);
    }

    private InvalidValueException(String message, String messageVietnamese, String messageEnglish, String field,
            String shownValue, String vietnamese, String english) {
        super(message, messageVietnamese, messageEnglish, null);
        this.field = field;
        this.value = shownValue;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The field or component that was refused, such as {@code "fullName"} or {@code "history"}. */
    public String field() {
        return field;
    }

    /** The offending value as it may be shown: masked when personal, shortened when long. */
    public String value() {
        return value;
    }

    /**
     * Why the value was refused, in Vietnamese and English (the reason alone, without the field
     * and value).
     */
    @Override
    public LocalizedText label() {
        return LocalizedText.of(vietnamese, english);
    }

    /** Why the value was refused, in Vietnamese. */
    @Override
    public String vietnamese() {
        return vietnamese;
    }

    /** Why the value was refused, in English. */
    @Override
    public String english() {
        return english;
    }
}
