package org.haicap.core.people;

import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.internal.Identifiers;
import org.haicap.core.ids.Masking;
import org.haicap.core.text.VietnameseText;

/** Shared checks of the people package; every failure is an {@link InvalidPeopleDataException}. */
final class Checks {
    /** Longest identifier, in characters. */
    static final int MAX_ID_LENGTH = 64;

    private Checks() {
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidPeopleDataException(field, "null", "thiếu giá trị", "a value is required");
        }
        return value;
    }

    static String id(String field, String value) {
        present(field, value);
        if (!Identifiers.isWellFormed(value)) {
            throw new InvalidPeopleDataException(field, VietnameseText.excerpt(value, 70),
                    "mã phải gồm 1–64 ký tự ASCII (chữ, số, . _ : / -), bắt đầu bằng chữ hoặc số",
                    "an id is 1–64 ASCII characters (letters, digits, . _ : / -) starting with a letter or digit");
        }
        return value;
    }

    /** NFC, stripped, non-blank, at most {@code max} code points, no control characters. */
    static String text(String field, String value, int max, boolean personal) {
        present(field, value);
        String t = VietnameseText.nfc(value.strip());
        String shown = personal ? Masking.mask(t) : VietnameseText.excerpt(t, 60);
        if (t.isEmpty()) {
            throw new InvalidPeopleDataException(field, shown, "không được để trống", "must not be blank");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw new InvalidPeopleDataException(field, shown, "dài quá " + max + " ký tự",
                    "longer than " + max + " characters");
        }
        if (t.codePoints().anyMatch(cp -> Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029)) {
            throw new InvalidPeopleDataException(field, shown, "chứa ký tự điều khiển",
                    "contains control characters");
        }
        return t;
    }

    static Optional<String> optionalText(String field, Optional<String> value, int max, boolean personal) {
        return present(field, value).map(v -> text(field, v, max, personal));
    }

    /** {@code end}, if present, must be after {@code start} (ends are exclusive). */
    static void after(String field, LocalDate start, Optional<LocalDate> end) {
        present(field, end);
        if (end.isPresent() && !end.get().isAfter(start)) {
            throw new InvalidPeopleDataException(field, end.get() + " ≤ " + start,
                    "ngày kết thúc (không tính) phải sau ngày bắt đầu",
                    "the (exclusive) end date must be after the start date");
        }
    }
}
