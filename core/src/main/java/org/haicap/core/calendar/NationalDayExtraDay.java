package org.haicap.core.calendar;

import java.time.LocalDate;

/**
 * The day added to National Day, 2/9 (Quốc khánh): the Labour Code 2019 (Điều 112 khoản 1 điểm
 * đ) grants 2/9 "and one day immediately before or after it", chosen each year by the Prime
 * Minister. The {@link WorkingDayCalendar} default is {@link #SEPTEMBER_1}; that default is an
 * assumption, not a rule, so set the choice per year when it is known.
 */
public enum NationalDayExtraDay {
    /** 1 September, the day before. */
    SEPTEMBER_1,
    /** 3 September, the day after. */
    SEPTEMBER_3;

    /** The date of the extra day in a Gregorian year. */
    public LocalDate in(int year) {
        return LocalDate.of(year, 9, this == SEPTEMBER_1 ? 1 : 3);
    }
}
