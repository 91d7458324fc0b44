package org.haicap.validation.rules;

import org.haicap.core.io.HaicapInputException;

/**
 * A rule settings file that cannot be used (tệp thiết lập quy tắc không dùng được): not JSON,
 * an unknown member, a value of the wrong type, out of range, an unknown rule id or a bad unit
 * code. The message names the file, the JSON path and the value, in Vietnamese and English, on
 * one line; {@link #source()}, {@link #path()} and {@link #value()} say the same as data.
 */
public final class RuleSettingsException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String value;

    RuleSettingsException(String source, String path, String value, String vietnamese, String english) {
        super(message(source, path, value, vietnamese + " / " + english),
                message(source, path, value, vietnamese, "giá trị"), message(source, path, value, english, "value"),
                null);
        this.source = source;
        this.path = path;
        this.value = value;
    }

    RuleSettingsException(String source, String path, String value, InvalidParameterException cause) {
        super(message(source, path, value, cause.getMessage()),
                message(source, path, value, cause.bilingualMessage().vi(), "giá trị"),
                message(source, path, value, cause.bilingualMessage().english(), "value"), null, cause);
        this.source = source;
        this.path = path;
        this.value = value;
    }

    private static String message(String source, String path, String value, String why) {
        return message(source, path, value, why, "giá trị / value");
    }

    private static String message(String source, String path, String value, String why, String valueWord) {
        String at = path.isEmpty() ? "" : " " + path;
        String shown = value.isEmpty() ? "" : " (" + valueWord + ": " + value + ")";
        return (source + at + ": " + why + shown).replaceAll("[\\r\\n]+", " ");
    }

    /** The file (or other source) read. */
    public String source() {
        return source;
    }

    /**
     * Where in the document: a JSON path such as {@code $.standingCommittee.max}, or
     * {@code dòng/line L, cột/column C} for malformed JSON, or empty for the file as a whole.
     */
    public String path() {
        return path;
    }

    /** The offending value as text (shortened), or empty. */
    public String value() {
        return value;
    }
}
