package org.haicap.core.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.text.VietnameseText;

/**
 * A special day of a working-day calendar: a holiday, a day off or a make-up working day, with
 * a label such as "Giỗ Tổ Hùng Vương". One line of an {@link OfficialSchedule}.
 *
 * <p>This is an immutable, thread-safe value type; the label is stored stripped and in NFC.
 *
 * @param date the day
 * @param kind what the day is
 * @param label a human label, possibly empty, never null
 */
public record CalendarDay(LocalDate date, DayKind kind, String label) implements Serializable {

    /**
     * Checks the values and normalises the label.
     *
     * @throws NullPointerException if a component is null
     */
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        label = VietnameseText.nfc(Objects.requireNonNull(label, "label")).strip();
    }
}
