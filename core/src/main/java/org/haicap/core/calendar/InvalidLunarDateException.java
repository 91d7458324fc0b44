package org.haicap.core.calendar;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Thrown when year, month, day and leap flag do not name a day of the Vietnamese lunar
 * calendar (âm lịch) in the supported range. The message says, in Vietnamese and English,
 * what was given and why it is not a date; {@link #reason()} says it as a value.
 */
public final class InvalidLunarDateException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    /** Why the values are not a lunar date. */
    public enum Reason implements Bilingual {
        /** The month is not 1 to 12. */
        MONTH_OUT_OF_RANGE("tháng phải từ 1 đến 12", "the month must be 1 to 12"),
        /** The day is not 1 to 30. */
        DAY_OUT_OF_RANGE("ngày phải từ 1 đến 30", "the day must be 1 to 30"),
        /** The leap flag is set but that year has no leap month with this number. */
        NO_SUCH_LEAP_MONTH("năm này không có tháng nhuận này", "that year has no such leap month"),
        /** Day 30 of a month that has only 29 days (tháng thiếu). */
        DAY_NOT_IN_MONTH("tháng này chỉ có 29 ngày", "that month has only 29 days"),
        /** The date falls outside 1900-01-01 to 2200-12-31. */
        OUT_OF_SUPPORTED_RANGE("nằm ngoài khoảng 1900-01-01 – 2200-12-31 (dương lịch) được hỗ trợ",
                "outside the supported range 1900-01-01 to 2200-12-31 (Gregorian)");

        private final LocalizedText label;

        Reason(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    private final int year;
    private final int month;
    private final int day;
    private final boolean leapMonth;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param year the lunar year given
     * @param month the lunar month given
     * @param day the lunar day given
     * @param leapMonth the leap flag given
     * @param reason why these values are not a date
     */
    public InvalidLunarDateException(int year, int month, int day, boolean leapMonth, Reason reason) {
        super("ngày âm lịch không hợp lệ " + day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year
                + ": " + reason.vietnamese(),
                "invalid lunar date " + day + "/" + month + (leapMonth ? " leap" : "") + "/" + year
                + ": " + reason.english());
        this.year = year;
        this.month = month;
        this.day = day;
        this.leapMonth = leapMonth;
        this.reason = reason;
    }

    /** The lunar year given. */
    public int year() {
        return year;
    }

    /** The lunar month given. */
    public int month() {
        return month;
    }

    /** The lunar day given. */
    public int day() {
        return day;
    }

    /** The leap flag given. */
    public boolean leapMonth() {
        return leapMonth;
    }

    /** Why the values are not a lunar date. */
    public Reason reason() {
        return reason;
    }
}
