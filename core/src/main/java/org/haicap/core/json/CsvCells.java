package org.haicap.core.json;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Cell forms shared by the CSV mappings: the same textual forms as JSON (section 3.3). */
final class CsvCells {
    private CsvCells() {
    }

    static String dateTime(LocalDateTime t) {
        return IsoTimes.formatDateTime(t);
    }

    static String dateTime(Optional<LocalDateTime> t) {
        return t.isPresent() ? dateTime(t.get()) : "";
    }

    /** Parses an enum constant by its exact Java name, with a message listing the names. */
    static <E extends Enum<E>> Function<String, E> enumValue(Class<E> type) {
        return text -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(text)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("cần một trong / expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ", nhận được / got \"" + text + "\"");
        };
    }

    static boolean bool(String text) {
        if ("true".equals(text)) {
            return true;
        }
        if ("false".equals(text)) {
            return false;
        }
        throw new IllegalArgumentException("cần true hoặc false / expected true or false, nhận được / got \"" + text
                + "\"");
    }

    /** A whole number of đồng: an optional minus and digits, nothing else ({@code 50.000} is refused). */
    static long dong(String text) {
        if (!text.matches("-?[0-9]{1,19}")) {
            throw new IllegalArgumentException("cần số tiền nguyên bằng đồng, không dấu phân cách / expected a whole"
                    + " amount in đồng without separators, nhận được / got \"" + text + "\"");
        }
        return Long.parseLong(text);
    }
}
