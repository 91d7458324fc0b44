package org.haicap.core.calendar;

import java.io.Serializable;

/**
 * Which days around the lunar new year form the Tết holiday (nghỉ Tết Âm lịch). The Labour
 * Code 2019 (Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 điểm b) grants 5 days and lets the
 * Prime Minister choose them each year (khoản 3); the usual choice, and the
 * {@link #STATUTORY_DEFAULT}, is the last day of the old year plus the first 4 days of the new
 * one. Other totals are accepted for calendars that mirror a different decision.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param daysBeforeNewYear days at the end of the old lunar year (0 to 10), ending with the
 *     last day (29 or 30 tháng Chạp)
 * @param daysFromNewYear days from Tết (1/1 âm lịch) on (0 to 10)
 */
public record TetHolidayPattern(int daysBeforeNewYear, int daysFromNewYear) implements Serializable {

    /** The usual pattern: the last day of the old year and 1/1 to 4/1 of the new one. */
    public static final TetHolidayPattern STATUTORY_DEFAULT = new TetHolidayPattern(1, 4);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a count is outside 0 to 10 or both are 0
     */
    public TetHolidayPattern {
        if (daysBeforeNewYear < 0 || daysBeforeNewYear > 10 || daysFromNewYear < 0 || daysFromNewYear > 10
                || daysBeforeNewYear + daysFromNewYear == 0) {
            throw new IllegalArgumentException("mẫu nghỉ Tết không hợp lệ: " + daysBeforeNewYear + " ngày trước Tết, "
                    + daysFromNewYear + " ngày từ mùng 1 (mỗi số từ 0 đến 10, tổng ít nhất 1)"
                    + " / invalid Tết pattern: " + daysBeforeNewYear + " days before, " + daysFromNewYear
                    + " days from the new year (each 0 to 10, at least 1 in all)");
        }
    }

    /** The number of days of the holiday. */
    public int totalDays() {
        return daysBeforeNewYear + daysFromNewYear;
    }
}
