package org.haicap.core.party;

import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.internal.Identifiers;
import org.haicap.core.text.VietnameseText;

/** Shared checks of the party package; every failure is an {@link InvalidPartyDataException}. */
final class PartyChecks {

    private PartyChecks() {
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidPartyDataException(field, "null", "thiếu giá trị", "a value is required");
        }
        return value;
    }

    static String id(String field, String value) {
        present(field, value);
        if (!Identifiers.isWellFormed(value)) {
            throw new InvalidPartyDataException(field, VietnameseText.excerpt(value, 70),
                    "mã phải gồm 1–64 ký tự ASCII (chữ, số, . _ : / -), bắt đầu bằng chữ hoặc số",
                    "an id is 1–64 ASCII characters (letters, digits, . _ : / -) starting with a letter or digit");
        }
        return value;
    }

    static String text(String field, String value, int max) {
        present(field, value);
        String t = VietnameseText.nfc(value.strip());
        String shown = VietnameseText.excerpt(t, 60);
        if (t.isEmpty()) {
            throw new InvalidPartyDataException(field, shown, "không được để trống", "must not be blank");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw new InvalidPartyDataException(field, shown, "dài quá " + max + " ký tự",
                    "longer than " + max + " characters");
        }
        if (t.codePoints().anyMatch(cp -> Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029)) {
            throw new InvalidPartyDataException(field, shown, "chứa ký tự điều khiển", "contains control characters");
        }
        return t;
    }

    static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new InvalidPartyDataException(field, Integer.toString(value), "không được âm",
                    "cannot be negative");
        }
        return value;
    }

    static void notBefore(String field, LocalDate earlier, Optional<LocalDate> later) {
        present(field, later);
        if (later.isPresent() && later.get().isBefore(earlier)) {
            throw new InvalidPartyDataException(field, later.get() + " < " + earlier,
                    "ngày không được trước " + earlier, "the date cannot be before " + earlier);
        }
    }
}
