package org.haicap.core.procedures;

import java.io.Serializable;
import java.util.Objects;

/**
 * The code of an administrative procedure (mã thủ tục hành chính) in the national database,
 * such as {@code 1.001193} (Đăng ký khai sinh) or {@code 2.000815} (Chứng thực bản sao): a digit,
 * a dot and six digits. What the first digit means is not published; the code is opaque.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param value the code, {@code d.dddddd}
 */
public record ProcedureCode(String value) implements Comparable<ProcedureCode>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidProcedureCodeException if {@code value} is not a digit, a dot and six digits
     */
    public ProcedureCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new InvalidProcedureCodeException(value);
        }
    }

    /**
     * Parses a procedure code; surrounding white space is removed.
     *
     * @param text the code
     * @return the code
     * @throws InvalidProcedureCodeException if it is not {@code d.dddddd}
     */
    public static ProcedureCode of(String text) {
        Objects.requireNonNull(text, "text");
        return new ProcedureCode(text.strip());
    }

    /**
     * Whether {@code text} has the shape {@code d.dddddd} (ASCII digits).
     *
     * @param text any text, may be null
     * @return true for a digit, a dot and six digits
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 8 || text.charAt(1) != '.') {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (i != 1 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(ProcedureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
