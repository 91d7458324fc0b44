package org.haicap.core.units;

import java.io.Serializable;
import java.util.Objects;

/**
 * The official 5-digit code of a commune-level unit (mã đơn vị hành chính cấp xã), such as
 * {@code 00004} for Phường Ba Đình.
 *
 * <p>A code is only well-formed text; whether a unit has it is a question for
 * {@link UnitCatalog}, and the answer depends on the date (codes are reused: 26740 was Phường
 * Bến Nghé and is now Phường Sài Gòn). Pre-2025 commune codes share the same space.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param value the five ASCII digits
 */
public record UnitCode(String value) implements Comparable<UnitCode>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidCodeException if {@code value} is not exactly five ASCII digits
     * @throws NullPointerException if {@code value} is null
     */
    public UnitCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new InvalidCodeException(InvalidCodeException.Kind.UNIT, value);
        }
    }

    /**
     * Parses a unit code.
     *
     * @param text five ASCII digits, surrounding white space allowed
     * @return the code
     * @throws InvalidCodeException if the text is not five ASCII digits
     */
    public static UnitCode of(String text) {
        Objects.requireNonNull(text, "text");
        return new UnitCode(text.strip());
    }

    /**
     * Whether {@code text} has the shape of a unit code (five ASCII digits, nothing else).
     *
     * @param text any text, may be null
     * @return true for five ASCII digits
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The code's five digits as a number, 0 to 99,999: {@code 00004} gives 4. Codes and numbers
     * correspond one to one and in the same order, so a number can index an array of counts.
     *
     * @return the number
     */
    public int number() {
        return (value.charAt(0) - '0') * 10_000 + (value.charAt(1) - '0') * 1_000 + (value.charAt(2) - '0') * 100
                + (value.charAt(3) - '0') * 10 + (value.charAt(4) - '0');
    }

    /**
     * The code of a number, zero-padded to five digits: 4 gives {@code 00004}.
     *
     * @param number 0 to 99,999
     * @return the code
     * @throws InvalidCodeException if the number is outside that range
     */
    public static UnitCode ofNumber(int number) {
        if (number < 0 || number > 99_999) {
            throw new InvalidCodeException(InvalidCodeException.Kind.UNIT, Integer.toString(number));
        }
        char[] digits = new char[5];
        int n = number;
        for (int i = 4; i >= 0; i--) {
            digits[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        return new UnitCode(new String(digits));
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
