package org.haicap.core.units;

import java.io.Serializable;
import java.util.Objects;

/**
 * The official 2-digit code of a province or centrally-run city (mã tỉnh), such as {@code 01}
 * for Thành phố Hà Nội.
 *
 * <p>A code is only well-formed text; whether a province has it is a question for
 * {@link UnitCatalog}. This is an immutable, thread-safe value type.
 *
 * @param value the two ASCII digits
 */
public record ProvinceCode(String value) implements Comparable<ProvinceCode>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidCodeException if {@code value} is not exactly two ASCII digits
     * @throws NullPointerException if {@code value} is null
     */
    public ProvinceCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new InvalidCodeException(InvalidCodeException.Kind.PROVINCE, value);
        }
    }

    /**
     * Parses a province code.
     *
     * @param text two ASCII digits, surrounding white space allowed
     * @return the code
     * @throws InvalidCodeException if the text is not two ASCII digits
     */
    public static ProvinceCode of(String text) {
        Objects.requireNonNull(text, "text");
        return new ProvinceCode(text.strip());
    }

    /**
     * Whether {@code text} has the shape of a province code (two ASCII digits, nothing else).
     *
     * @param text any text, may be null
     * @return true for two ASCII digits
     */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == 2
                && text.charAt(0) >= '0' && text.charAt(0) <= '9'
                && text.charAt(1) >= '0' && text.charAt(1) <= '9';
    }

    @Override
    public int compareTo(ProvinceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
