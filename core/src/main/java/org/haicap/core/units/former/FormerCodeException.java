package org.haicap.core.units.former;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.VietnameseText;

/**
 * Thrown when text does not have the shape of a pre-2025 code of the level asked for: 2 digits
 * for a province, 3 for a district, 5 for a commune. The message says, in Vietnamese and
 * English, what was expected and what was given. A well-formed but unknown code is not an error:
 * lookups return an empty {@code Optional} for it.
 */
public final class FormerCodeException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final FormerName.Level level;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param level the level whose code was expected
     * @param value the offending text
     */
    public FormerCodeException(FormerName.Level level, String value) {
        super(level.vietnamese() + ": mã trước 1/7/2025 phải gồm đúng " + level.codeLength() + " chữ số, nhận được \""
                + VietnameseText.excerpt(String.valueOf(value), 40) + "\"",
                level.english() + ": a pre-2025 code is exactly " + level.codeLength() + " digits, got \""
                + VietnameseText.excerpt(String.valueOf(value), 40) + "\"");
        this.level = level;
        this.value = value;
    }

    /** The level whose code was expected. */
    public FormerName.Level level() {
        return level;
    }

    /** The offending text, as given. */
    public String value() {
        return value;
    }

    static String check(FormerName.Level level, String code) {
        if (code == null || code.length() != level.codeLength()) {
            throw new FormerCodeException(level, code);
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new FormerCodeException(level, code);
            }
        }
        return code;
    }
}
