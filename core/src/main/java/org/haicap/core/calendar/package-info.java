/**
 * The Vietnamese working-day calendar (lịch ngày làm việc) and due dates.
 *
 * <ul>
 *   <li>{@link org.haicap.core.calendar.VietnameseLunarCalendar} and
 *       {@link org.haicap.core.calendar.LunarDate}: the lunar calendar (âm lịch) computed for
 *       UTC+7, 1900–2200;</li>
 *   <li>{@link org.haicap.core.calendar.WorkingDayCalendar}: weekly rest days, the Labour Code
 *       2019 holidays by formula, official schedules
 *       ({@link org.haicap.core.calendar.OfficialSchedule}), user-added days off and make-up
 *       working days, and due dates for a {@link org.haicap.core.calendar.TimeLimit};</li>
 *   <li>{@link org.haicap.core.calendar.Timeliness}: the early / on time / late and within
 *       deadline / overdue reporting buckets.</li>
 * </ul>
 *
 * <p>Every type is immutable and thread-safe except the calendar builder. See
 * {@code docs/calendar.md} for the conventions and what is uncertain.
 */
package org.haicap.core.calendar;
