package org.haicap.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.ids.Masking;
import org.haicap.core.text.VietnameseText;

/**
 * The argument checks of the domain records, with their bilingual messages, in one place. Each
 * package passes a {@link Refusal} that makes its own exception type, so a check is written once
 * and every package still refuses with its own type and the same words. Not part of the public
 * API (exported only to {@code org.haicap.reporting}, whose report model uses it too).
 */
public final class Checks {
    private Checks() {
    }

    /** Makes a package's exception for a broken rule. */
    @FunctionalInterface
    public interface Refusal {
        /**
         * The exception to throw.
         *
         * @param field the component at fault
         * @param value the value as shown in the message (masked or cut where needed)
         * @param vietnamese the rule in Vietnamese
         * @param english the rule in English
         * @return the exception, not thrown
         */
        RuntimeException refuse(String field, Object value, String vietnamese, String english);
    }

    /**
     * The value, refused with {@code "null"} if it is null.
     *
     * @param <T> the type of the value
     * @param refusal makes the exception
     * @param field the component
     * @param value the value
     * @return the value
     */
    public static <T> T present(Refusal refusal, String field, T value) {
        if (value == null) {
            throw refusal.refuse(field, "null", "thiếu giá trị", "a value is required");
        }
        return value;
    }

    /**
     * An immutable copy of the list, refused if it or an element is null (the element named
     * {@code field[i]}).
     *
     * @param <T> the type of the elements
     * @param refusal makes the exception
     * @param field the component
     * @param values the list
     * @return an immutable copy
     */
    public static <T> List<T> list(Refusal refusal, String field, List<T> values) {
        present(refusal, field, values);
        for (int i = 0; i < values.size(); i++) {
            present(refusal, field + "[" + i + "]", values.get(i));
        }
        return List.copyOf(values);
    }

    /**
     * An opaque identifier of the shape of {@link Identifiers}.
     *
     * @param refusal makes the exception
     * @param field the component
     * @param value the identifier
     * @return the identifier
     */
    public static String id(Refusal refusal, String field, String value) {
        present(refusal, field, value);
        if (!Identifiers.isWellFormed(value)) {
            throw refusal.refuse(field, VietnameseText.excerpt(value, 70),
                    "mã phải gồm 1–64 ký tự ASCII (chữ, số, . _ : / -), bắt đầu bằng chữ hoặc số",
                    "an id is 1–64 ASCII characters (letters, digits, . _ : / -) starting with a letter or digit");
        }
        return value;
    }

    /**
     * The text stripped and in NFC: non-blank, at most {@code max} code points, no control
     * characters.
     *
     * @param refusal makes the exception
     * @param field the component
     * @param value the text
     * @param max the most code points
     * @param personal whether the text is personal data (shown masked in a message)
     * @return the normalised text
     */
    public static String boundedText(Refusal refusal, String field, String value, int max, boolean personal) {
        present(refusal, field, value);
        String t = VietnameseText.nfc(value.strip());
        String shown = personal ? Masking.mask(t) : VietnameseText.excerpt(t, 60);
        if (t.isEmpty()) {
            throw refusal.refuse(field, shown, "không được để trống", "must not be blank");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw refusal.refuse(field, shown, "dài quá " + max + " ký tự", "longer than " + max + " characters");
        }
        if (t.codePoints().anyMatch(cp -> Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029)) {
            throw refusal.refuse(field, shown, "chứa ký tự điều khiển", "contains control characters");
        }
        return t;
    }

    /**
     * The text in NFC without surrounding white space, named by its English name.
     *
     * @param refusal makes the exception
     * @param value the text
     * @param vi the name of the component in Vietnamese
     * @param en the name of the component in English
     * @return the normalised text
     * @throws NullPointerException if it is null
     */
    public static String requiredText(Refusal refusal, String value, String vi, String en) {
        Objects.requireNonNull(value, en);
        String v = VietnameseText.nfc(value).strip();
        if (v.isEmpty()) {
            throw refusal.refuse(en, value, vi + " không được để trống", en + " must not be blank");
        }
        return v;
    }

    /**
     * The value, refused if it is negative.
     *
     * @param refusal makes the exception
     * @param field the component
     * @param value the value
     * @return the value
     */
    public static long nonNegative(Refusal refusal, String field, long value) {
        if (value < 0) {
            throw refusal.refuse(field, value, "không được âm", "cannot be negative");
        }
        return value;
    }

    /**
     * Refuses an {@code end}, if present, that is not after {@code start} (ends are exclusive).
     *
     * @param refusal makes the exception
     * @param field the component
     * @param start the start date
     * @param end the exclusive end date, if any
     */
    public static void endAfter(Refusal refusal, String field, LocalDate start, Optional<LocalDate> end) {
        present(refusal, field, end);
        if (end.isPresent() && !end.get().isAfter(start)) {
            throw refusal.refuse(field, end.get() + " ≤ " + start,
                    "ngày kết thúc (không tính) phải sau ngày bắt đầu",
                    "the (exclusive) end date must be after the start date");
        }
    }

    /**
     * Refuses a {@code later} date, if present, that is before {@code earlier}.
     *
     * @param refusal makes the exception
     * @param field the component
     * @param earlier the earliest allowed date
     * @param later the date, if any
     */
    public static void notBefore(Refusal refusal, String field, LocalDate earlier, Optional<LocalDate> later) {
        present(refusal, field, later);
        if (later.isPresent() && later.get().isBefore(earlier)) {
            throw refusal.refuse(field, later.get() + " < " + earlier,
                    "ngày không được trước " + earlier, "the date cannot be before " + earlier);
        }
    }
}
