package org.haicap.core.calendar;

/**
 * What a special day of a {@link WorkingDayCalendar} is; also the {@code kind} column of the
 * official-schedule format read by {@link OfficialSchedule}.
 */
public enum DayKind {
    /** A public holiday (ngày nghỉ lễ, Tết): not a working day. */
    HOLIDAY,
    /**
     * Another day off (ngày nghỉ): a compensatory day off (nghỉ bù) or a working day swapped
     * away (hoán đổi ngày làm việc). Not a working day.
     */
    DAY_OFF,
    /**
     * A make-up working day (ngày làm bù), typically a Saturday worked in exchange for a day
     * off: a working day even if it falls on a weekly rest day.
     */
    MAKEUP_WORKDAY;

    /** Whether a day of this kind is a working day. */
    public boolean isWorkingDay() {
        return this == MAKEUP_WORKDAY;
    }
}
