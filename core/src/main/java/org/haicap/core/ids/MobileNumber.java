package org.haicap.core.ids;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Vietnamese mobile phone number (số điện thoại di động) [P]: 10 digits starting
 * {@code 03}, {@code 05}, {@code 07}, {@code 08} or {@code 09} (the prefixes since the 2018
 * conversion), or, with the country code, {@code +84} or {@code 84} followed by the 9 digits
 * without the leading 0.
 *
 * <p>{@link #value()} is always the national form {@code 0XXXXXXXXX};
 * {@link #international()} gives {@code +84XXXXXXXXX}. This is personal data:
 * {@link #toString()} masks all but the last three digits. Landlines ({@code 02…}, 11 digits)
 * are not mobile numbers and are refused.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param value the national form: {@code 0} and 9 digits, second digit 3, 5, 7, 8 or 9
 */
public record MobileNumber(String value) implements Serializable {

    /**
     * Checks the national form.
     *
     * @throws InvalidIdentifierException if {@code value} is not the national form
     * @throws NullPointerException if {@code value} is null
     */
    public MobileNumber {
        Objects.requireNonNull(value, "value");
        if (!isNationalForm(value)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.MOBILE_NUMBER, value);
        }
    }

    /**
     * Parses a mobile number written nationally ({@code 0912345678}) or internationally
     * ({@code +84912345678}, {@code 84912345678}). Surrounding white space is removed, and
     * spaces, dots and hyphens between digit groups ({@code 091 234 5678}, {@code 0912.345.678})
     * are ignored.
     *
     * @param text the number
     * @return the number in national form
     * @throws InvalidIdentifierException if it is not a Vietnamese mobile number
     */
    public static MobileNumber of(String text) {
        Objects.requireNonNull(text, "text");
        String n = normalise(text);
        if (n == null) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.MOBILE_NUMBER, text);
        }
        return new MobileNumber(n);
    }

    /**
     * Whether {@link #of(String)} accepts {@code text}.
     *
     * @param text any text, may be null
     * @return true for a Vietnamese mobile number in national or international form
     */
    public static boolean isWellFormed(String text) {
        return text != null && normalise(text) != null;
    }

    /**
     * Whether {@code text} is exactly the national form ({@code 0} and 9 digits, second digit
     * 3, 5, 7, 8 or 9), nothing else.
     *
     * @param text any text, may be null
     * @return true for the national form
     */
    public static boolean isNationalForm(String text) {
        if (text == null || text.length() != 10 || text.charAt(0) != '0') {
            return false;
        }
        char p = text.charAt(1);
        if (p != '3' && p != '5' && p != '7' && p != '8' && p != '9') {
            return false;
        }
        for (int i = 2; i < 10; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String text) {
        String t = text.strip();
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '.' || c == '-') {
                if (i == 0 || i == t.length() - 1) {
                    return null;
                }
                continue;
            }
            b.append(c);
        }
        String s = b.toString();
        String national;
        if (s.startsWith("+84")) {
            national = "0" + s.substring(3);
        } else if (s.startsWith("84") && s.length() == 11) {
            national = "0" + s.substring(2);
        } else {
            national = s;
        }
        return isNationalForm(national) ? national : null;
    }

    /** The international form, {@code +84} and the 9 digits: {@code +84912345678}. */
    public String international() {
        return "+84" + value.substring(1);
    }

    /**
     * The number with all but the last three digits masked: {@code *******678}.
     *
     * @return the masked form, safe to show and log
     */
    public String masked() {
        return Masking.mask(value);
    }

    /** The masked form; see {@link #masked()}. */
    @Override
    public String toString() {
        return masked();
    }
}
