package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar STATUTORY = WorkingDayCalendar.statutory();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> dates(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).collect(Collectors.toList());
    }

    private static List<LocalDate> statutoryDates(int year) {
        return STATUTORY.statutoryHolidays(year).stream().map(CalendarDay::date).collect(Collectors.toList());
    }

    private static List<LocalDate> nonWorkingSpecialDays(WorkingDayCalendar calendar, int year) {
        return calendar.specialDays(year).stream().filter(s -> !s.kind().isWorkingDay())
                .map(CalendarDay::date).collect(Collectors.toList());
    }

    // ---- the statutory formula, Labour Code 2019 Điều 112 -------------------------------

    @Test
    void statutoryHolidays2025() {
        assertEquals(dates("2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01",
                "2025-04-07", "2025-04-30", "2025-05-01", "2025-09-01", "2025-09-02"), statutoryDates(2025));
    }

    @Test
    void statutoryHolidays2026() {
        assertEquals(dates("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-26", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"), statutoryDates(2026));
    }

    @Test
    void statutoryHolidays2027() {
        assertEquals(dates("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
                "2027-04-16", "2027-04-30", "2027-05-01", "2027-09-01", "2027-09-02"), statutoryDates(2027));
    }

    @Test
    void theFormulaGivesElevenHolidaysWithLabels() {
        List<CalendarDay> days = STATUTORY.statutoryHolidays(2026);
        assertEquals(11, days.size());
        assertTrue(days.stream().allMatch(x -> x.kind() == DayKind.HOLIDAY));
        assertEquals("Giỗ Tổ Hùng Vương (10/3 âm lịch)", days.get(6).label());
    }

    @Test
    void holidaysOnWeeklyRestDaysAreCompensatedOnTheNextWorkingDays() {
        // 2025: 1/2 (4 Tết) is a Saturday -> Monday 3/2.
        assertEquals(dates("2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01",
                "2025-02-03", "2025-04-07", "2025-04-30", "2025-05-01", "2025-09-01", "2025-09-02"),
                nonWorkingSpecialDays(STATUTORY, 2025));
        // 2026: Giỗ Tổ on Sunday 26/4 -> Monday 27/4.
        assertEquals(Optional.of(new CalendarDay(d("2026-04-27"), DayKind.DAY_OFF,
                "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)")), STATUTORY.specialDay(d("2026-04-27")));
        // 2027: Tết Saturday 6/2 and Sunday 7/2 -> Wednesday 10/2 and Thursday 11/2 (after the Tết days);
        // 1/5 Saturday -> Monday 3/5.
        assertEquals(dates("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
                "2027-02-10", "2027-02-11", "2027-04-16", "2027-04-30", "2027-05-01", "2027-05-03",
                "2027-09-01", "2027-09-02"), nonWorkingSpecialDays(STATUTORY, 2027));
        assertFalse(STATUTORY.isWorkingDay(d("2027-02-11")));
        assertTrue(STATUTORY.isWorkingDay(d("2027-02-12")));
    }

    @Test
    void compensationCanBeSwitchedOff() {
        WorkingDayCalendar c = WorkingDayCalendar.builder().compensateHolidaysOnRestDays(false).build();
        assertFalse(c.compensatesHolidaysOnRestDays());
        assertTrue(c.isWorkingDay(d("2026-04-27")));
        assertFalse(STATUTORY.isWorkingDay(d("2026-04-27")));
    }

    @Test
    void weekendsAndOrdinaryDays() {
        assertTrue(STATUTORY.isWorkingDay(d("2026-03-02")));
        assertFalse(STATUTORY.isWorkingDay(d("2026-03-07")));
        assertFalse(STATUTORY.isWorkingDay(d("2026-03-08")));
        assertEquals(Optional.empty(), STATUTORY.specialDay(d("2026-03-07")));
        assertEquals(java.util.EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), STATUTORY.weeklyRestDays());
    }

    @Test
    void weeklyRestDaysAreAParameter() {
        WorkingDayCalendar sundayOnly = WorkingDayCalendar.builder().weeklyRestDays(DayOfWeek.SUNDAY).build();
        assertTrue(sundayOnly.isWorkingDay(d("2026-03-07")));
        assertFalse(sundayOnly.isWorkingDay(d("2026-03-08")));
        // Giỗ Tổ 2026 on a Sunday is still compensated on Monday.
        assertFalse(sundayOnly.isWorkingDay(d("2026-04-27")));
        // 1/5/2027 is a Saturday: a working weekday for this desk, so no compensation.
        assertTrue(sundayOnly.isWorkingDay(d("2027-05-03")));
        assertThrows(IllegalArgumentException.class,
                () -> WorkingDayCalendar.builder().weeklyRestDays(java.util.EnumSet.allOf(DayOfWeek.class)));
    }

    @Test
    void tetPatternIsAParameterPerYear() {
        WorkingDayCalendar c = WorkingDayCalendar.builder()
                .tetHolidayPattern(2026, new TetHolidayPattern(2, 3)).build();
        // 2026: 15/2 (Sunday) to 19/2; Sunday compensated on the first free working day, Friday 20/2.
        assertEquals(dates("2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"),
                c.statutoryHolidays(2026).stream().map(CalendarDay::date)
                        .filter(x -> x.getMonthValue() == 2).collect(Collectors.toList()));
        assertFalse(c.isWorkingDay(d("2026-02-20")));
        assertTrue(c.isWorkingDay(d("2026-02-23")));
        // Other years keep the default pattern.
        assertEquals(statutoryDates(2027), c.statutoryHolidays(2027).stream().map(CalendarDay::date)
                .collect(Collectors.toList()));
    }

    @Test
    void nationalDayExtraDayIsAParameter() {
        WorkingDayCalendar c = WorkingDayCalendar.builder()
                .nationalDayExtraDay(NationalDayExtraDay.SEPTEMBER_3)
                .nationalDayExtraDay(2025, NationalDayExtraDay.SEPTEMBER_1).build();
        assertFalse(c.isWorkingDay(d("2025-09-01")));
        assertTrue(c.isWorkingDay(d("2025-09-03")));
        assertTrue(c.isWorkingDay(d("2026-09-01")));
        assertFalse(c.isWorkingDay(d("2026-09-03")));
    }

    // ---- counting -------------------------------------------------------------------------

    @Test
    void theFormulaReproducesTheAnnouncedNineDayTet2026Break() {
        // Announced: 14/2/2026 (Saturday) to 22/2/2026 (Sunday), 5 Tết days and 4 weekend days.
        for (LocalDate day = d("2026-02-14"); !day.isAfter(d("2026-02-22")); day = day.plusDays(1)) {
            assertFalse(STATUTORY.isWorkingDay(day), day.toString());
        }
        assertTrue(STATUTORY.isWorkingDay(d("2026-02-13")));
        assertTrue(STATUTORY.isWorkingDay(d("2026-02-23")));
    }

    @Test
    void countingAcrossTet2026() {
        // Friday 13/2 -> Tết 16–20/2 -> weekend -> Monday 23/2.
        assertEquals(d("2026-02-23"), STATUTORY.nextWorkingDay(d("2026-02-13")));
        assertEquals(d("2026-02-23"), STATUTORY.addWorkingDays(d("2026-02-13"), 1));
        assertEquals(d("2026-02-27"), STATUTORY.addWorkingDays(d("2026-02-13"), 5));
        assertEquals(5, STATUTORY.workingDaysBetween(d("2026-02-13"), d("2026-02-27")));
        assertEquals(-5, STATUTORY.workingDaysBetween(d("2026-02-27"), d("2026-02-13")));
        assertEquals(d("2026-02-13"), STATUTORY.addWorkingDays(d("2026-02-23"), -1));
        assertEquals(d("2026-02-13"), STATUTORY.previousWorkingDay(d("2026-02-21")));
        assertEquals(0, STATUTORY.workingDaysBetween(d("2026-02-13"), d("2026-02-22")));
    }

    @Test
    void countingAround30AprilAnd1May() {
        // 2026: 30/4 Thursday, 1/5 Friday -> Monday 4/5.
        assertEquals(d("2026-05-04"), STATUTORY.addWorkingDays(d("2026-04-29"), 1));
        // 2025: 30/4 Wednesday, 1/5 Thursday; Friday 2/5 is a working day under the formula.
        assertEquals(d("2025-05-02"), STATUTORY.addWorkingDays(d("2025-04-29"), 1));
        assertEquals(d("2025-05-06"), STATUTORY.addWorkingDays(d("2025-04-29"), 3));
        // 2026: Friday 24/4 + 1 skips Giỗ Tổ (Sunday 26/4) compensated Monday 27/4 -> Tuesday 28/4.
        assertEquals(d("2026-04-28"), STATUTORY.addWorkingDays(d("2026-04-24"), 1));
        assertEquals(3, STATUTORY.workingDaysBetween(d("2026-04-24"), d("2026-05-04")));
        assertEquals(d("2026-04-24"), STATUTORY.addWorkingDays(d("2026-04-24"), 0));
        assertEquals(d("2026-05-04"), STATUTORY.workingDayOnOrAfter(d("2026-04-30")));
        assertEquals(d("2026-05-04"), STATUTORY.workingDayOnOrAfter(d("2026-05-04")));
    }

    @Test
    void userAddedMakeupSaturdayAndDayOff() {
        WorkingDayCalendar c = WorkingDayCalendar.builder()
                .addMakeupWorkday(d("2026-03-07"), "Làm bù cho thứ Hai 9/3")
                .addDayOff(d("2026-03-09"), "Nghỉ hoán đổi")
                .build();
        assertTrue(c.isWorkingDay(d("2026-03-07")));
        assertFalse(c.isWorkingDay(d("2026-03-09")));
        assertEquals(d("2026-03-07"), c.addWorkingDays(d("2026-03-06"), 1));
        assertEquals(d("2026-03-10"), c.addWorkingDays(d("2026-03-07"), 1));
        assertEquals(2, c.workingDaysBetween(d("2026-03-06"), d("2026-03-10")));
        assertEquals(DayKind.MAKEUP_WORKDAY, c.specialDay(d("2026-03-07")).orElseThrow().kind());
        assertEquals("Nghỉ hoán đổi", c.specialDay(d("2026-03-09")).orElseThrow().label());
        // The statutory calendar is untouched.
        assertFalse(STATUTORY.isWorkingDay(d("2026-03-07")));
        // A user day wins over the formula: working on a holiday.
        WorkingDayCalendar onDuty = WorkingDayCalendar.builder().addMakeupWorkday(d("2026-04-30")).build();
        assertTrue(onDuty.isWorkingDay(d("2026-04-30")));
    }

    @Test
    void aDayDeclaredTwiceWithDifferentKindsIsAConflict() {
        WorkingDayCalendar.Builder b = WorkingDayCalendar.builder().addDayOff(d("2026-03-09"));
        CalendarConflictException e = assertThrows(CalendarConflictException.class,
                () -> b.addMakeupWorkday(d("2026-03-09")));
        assertEquals(d("2026-03-09"), e.date());
        assertEquals(DayKind.DAY_OFF, e.first());
        assertEquals(DayKind.MAKEUP_WORKDAY, e.second());
    }

    @Test
    void anOfficialScheduleReplacesTheFormulaForTheYearsItCovers() throws IOException {
        String text = String.join("\n",
                "# Example schedule for 2026 (shape of an official announcement)",
                "date,kind,label",
                "2026-01-01,HOLIDAY,Tết Dương lịch",
                "2026-02-14,DAY_OFF,Nghỉ Tết (hoán đổi)",
                "2026-02-16,HOLIDAY,Tết Âm lịch",
                "2026-02-17,HOLIDAY,Tết Âm lịch",
                "2026-02-18,HOLIDAY,Tết Âm lịch",
                "2026-02-19,HOLIDAY,Tết Âm lịch",
                "2026-02-20,HOLIDAY,Tết Âm lịch",
                "2026-02-23,DAY_OFF,Nghỉ hoán đổi",
                "2026-03-07,MAKEUP_WORKDAY,Làm bù cho 23/2",
                "2026-04-26,HOLIDAY,Giỗ Tổ Hùng Vương",
                "2026-04-30,HOLIDAY,Ngày Chiến thắng",
                "2026-05-01,HOLIDAY,Ngày Quốc tế Lao động",
                "2026-09-02,HOLIDAY,Quốc khánh",
                "2026-09-03,HOLIDAY,Quốc khánh");
        OfficialSchedule schedule = OfficialSchedule.read(new StringReader(text), "lich-2026.csv");
        WorkingDayCalendar c = WorkingDayCalendar.builder().officialSchedule(schedule).build();
        assertFalse(c.usesFormula(2026));
        assertTrue(c.usesFormula(2027));
        assertFalse(c.isWorkingDay(d("2026-02-23")));
        assertTrue(c.isWorkingDay(d("2026-03-07")));
        // The formula's compensation for Giỗ Tổ (27/4) and its 1/9 are not used in 2026...
        assertTrue(c.isWorkingDay(d("2026-04-27")));
        assertTrue(c.isWorkingDay(d("2026-09-01")));
        assertFalse(c.isWorkingDay(d("2026-09-03")));
        assertEquals(schedule.days(), c.specialDays(2026));
        // ...but still in 2027.
        assertFalse(c.isWorkingDay(d("2027-05-03")));
        assertEquals(d("2026-02-24"), c.addWorkingDays(d("2026-02-13"), 1));
    }

    @Test
    void userDaysWinOverTheOfficialSchedule() {
        OfficialSchedule schedule = OfficialSchedule.of(List.of(
                new CalendarDay(d("2026-02-23"), DayKind.DAY_OFF, "Nghỉ hoán đổi")));
        WorkingDayCalendar c = WorkingDayCalendar.builder().officialSchedule(schedule)
                .addMakeupWorkday(d("2026-02-23"), "Trực").build();
        assertTrue(c.isWorkingDay(d("2026-02-23")));
    }

    @Test
    void twoSchedulesDisagreeingOnADayAreAConflict() {
        WorkingDayCalendar.Builder b = WorkingDayCalendar.builder().officialSchedule(OfficialSchedule.of(List.of(
                new CalendarDay(d("2026-02-23"), DayKind.DAY_OFF, "x"))));
        assertThrows(CalendarConflictException.class, () -> b.officialSchedule(OfficialSchedule.of(List.of(
                new CalendarDay(d("2026-02-23"), DayKind.MAKEUP_WORKDAY, "x")))));
    }

    @Test
    void daysOutsideTheSupportedRangeAreRejected() {
        assertThrows(DateOutOfRangeException.class, () -> STATUTORY.isWorkingDay(d("1899-12-29")));
        assertThrows(DateOutOfRangeException.class, () -> STATUTORY.nextWorkingDay(d("2200-12-31")));
        assertThrows(DateOutOfRangeException.class, () -> STATUTORY.addWorkingDays(d("2200-12-20"), 30));
        assertThrows(DateOutOfRangeException.class, () -> STATUTORY.specialDays(2201));
        assertThrows(DateOutOfRangeException.class, () -> WorkingDayCalendar.builder().addDayOff(d("2201-01-01")));
        assertTrue(STATUTORY.isWorkingDay(d("1900-01-02")));
    }

    @Test
    void concurrentQueriesAgreeWithSequentialOnes() {
        WorkingDayCalendar fresh = WorkingDayCalendar.statutory();
        List<Boolean> parallel = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> fresh.isWorkingDay(LocalDate.of(2000, 1, 1).plusDays(i)))
                .collect(Collectors.toList());
        List<Boolean> sequential = IntStream.range(0, 20_000)
                .mapToObj(i -> STATUTORY.isWorkingDay(LocalDate.of(2000, 1, 1).plusDays(i)))
                .collect(Collectors.toList());
        assertEquals(sequential, parallel);
    }

    // ---- due dates -----------------------------------------------------------------------

    @Test
    void workingDayLimitIsDueAtTheEndOfTheNthFollowingWorkingDay() {
        // Received Monday 2/3/2026 at 10:00, 7 working days -> Wednesday 11/3 at closing time.
        assertEquals(LocalDateTime.of(2026, 3, 11, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 10, 0), TimeLimit.workingDays(7)));
        // Across Tết 2026: Thursday 12/2 + 3 -> 13/2, 23/2, 24/2.
        assertEquals(LocalDateTime.of(2026, 2, 24, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 2, 12, 9, 0), TimeLimit.workingDays(3)));
    }

    @Test
    void receiptOnASundayCountsFromTheNextWorkingDay() {
        LocalDateTime sunday = LocalDateTime.of(2026, 3, 8, 9, 0);
        assertEquals(d("2026-03-09"), STATUTORY.receiptDay(sunday, TimeLimit.workingDays(1)));
        assertEquals(LocalDateTime.of(2026, 3, 10, 17, 0), STATUTORY.dueDate(sunday, TimeLimit.workingDays(1)));
        assertEquals(LocalDateTime.of(2026, 3, 9, 17, 0),
                STATUTORY.dueDate(sunday, TimeLimit.sameDay(LocalTime.of(15, 0))));
        assertEquals(LocalDateTime.of(2026, 3, 9, 10, 0), STATUTORY.dueDate(sunday, TimeLimit.workingHours(2)));
        // Received on Tết (a holiday) counts from Monday 23/2.
        assertEquals(d("2026-02-23"), STATUTORY.receiptDay(LocalDateTime.of(2026, 2, 17, 9, 0), TimeLimit.days(1)));
    }

    @Test
    void sameDayLimitWithThe1500CutOff() {
        TimeLimit sameDay = TimeLimit.sameDay(LocalTime.of(15, 0));
        assertEquals(LocalDateTime.of(2026, 3, 2, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 14, 59), sameDay));
        assertEquals(LocalDateTime.of(2026, 3, 2, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 15, 0), sameDay));
        assertEquals(LocalDateTime.of(2026, 3, 3, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 15, 1), sameDay));
        // Friday after the cut-off -> Monday.
        assertEquals(LocalDateTime.of(2026, 3, 9, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 6, 16, 0), sameDay));
        // Friday 24/4/2026 after the cut-off -> Tuesday 28/4 (Monday 27/4 is nghỉ bù).
        assertEquals(LocalDateTime.of(2026, 4, 28, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 4, 24, 15, 30), sameDay));
    }

    @Test
    void aCutOffAlsoShiftsOtherUnits() {
        TimeLimit limit = TimeLimit.workingDays(2).withCutoff(LocalTime.of(15, 0));
        assertEquals(LocalDateTime.of(2026, 3, 4, 17, 0), STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 15, 0), limit));
        assertEquals(LocalDateTime.of(2026, 3, 5, 17, 0), STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 16, 0), limit));
        // Without a cut-off only the closing time matters.
        assertEquals(LocalDateTime.of(2026, 3, 4, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 16, 59), TimeLimit.workingDays(2)));
        assertEquals(LocalDateTime.of(2026, 3, 5, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 17, 0), TimeLimit.workingDays(2)));
    }

    @Test
    void calendarDayLimitEndingOnADayOffMovesToTheNextWorkingDay() {
        // Received Monday 2/3/2026, 5 days -> Saturday 7/3 -> Monday 9/3.
        assertEquals(LocalDateTime.of(2026, 3, 9, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 9, 0), TimeLimit.days(5)));
        // 4 days -> Friday 6/3.
        assertEquals(LocalDateTime.of(2026, 3, 6, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 9, 0), TimeLimit.days(4)));
        // Received 10/2/2026, 10 days -> 20/2 (Tết) -> Monday 23/2.
        assertEquals(LocalDateTime.of(2026, 2, 23, 17, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 2, 10, 9, 0), TimeLimit.days(10)));
    }

    @Test
    void workingHoursSkipLunchNightsAndHolidays() {
        // 10:00 + 3h -> 12:00 is the break -> 14:00.
        assertEquals(LocalDateTime.of(2026, 3, 2, 14, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 10, 0), TimeLimit.workingHours(3)));
        // 10:00 + 2h -> exactly 12:00.
        assertEquals(LocalDateTime.of(2026, 3, 2, 12, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 10, 0), TimeLimit.workingHours(2)));
        // Received during lunch: counts from 13:00.
        assertEquals(LocalDateTime.of(2026, 3, 2, 14, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 12, 30), TimeLimit.workingHours(1)));
        // Received before opening: counts from 08:00.
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 6, 0), TimeLimit.workingHours(1)));
        // 24 working hours = 3 days of 8 hours: Wednesday 29/4/2026 10:00 -> 6h left on 29/4,
        // 30/4–3/5 off, 8h on 4/5 and 5/5, 2h on 6/5 -> 10:00.
        assertEquals(LocalDateTime.of(2026, 5, 6, 10, 0),
                STATUTORY.dueDate(LocalDateTime.of(2026, 4, 29, 10, 0), TimeLimit.workingHours(24)));
        // Seconds are kept.
        assertEquals(LocalDateTime.of(2026, 3, 2, 15, 30, 15),
                STATUTORY.dueDate(LocalDateTime.of(2026, 3, 2, 14, 30, 15), TimeLimit.workingHours(1)));
    }

    @Test
    void officeHoursWithoutALunchBreak() {
        WorkingDayCalendar c = WorkingDayCalendar.builder()
                .officeHours(OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(16, 30))).build();
        assertEquals(LocalDateTime.of(2026, 3, 2, 13, 0),
                c.dueDate(LocalDateTime.of(2026, 3, 2, 10, 0), TimeLimit.workingHours(3)));
        assertEquals(LocalDateTime.of(2026, 3, 3, 8, 30),
                c.dueDate(LocalDateTime.of(2026, 3, 2, 15, 30), TimeLimit.workingHours(2)));
        assertEquals(LocalDateTime.of(2026, 3, 2, 16, 30),
                c.dueDate(LocalDateTime.of(2026, 3, 2, 10, 0), TimeLimit.sameDay(LocalTime.of(15, 0))));
    }

    @Test
    void suspendedDaysStopTheClockOnlyWhenGiven() {
        LocalDateTime received = LocalDateTime.of(2026, 3, 2, 10, 0);
        List<SuspendedPeriod> waiting = List.of(new SuspendedPeriod(d("2026-03-04"), d("2026-03-05")));
        // 5 working days: 3, 6, 9, 10, 11 instead of 3–9.
        assertEquals(LocalDateTime.of(2026, 3, 9, 17, 0), STATUTORY.dueDate(received, TimeLimit.workingDays(5)));
        assertEquals(LocalDateTime.of(2026, 3, 11, 17, 0),
                STATUTORY.dueDate(received, TimeLimit.workingDays(5), waiting));
        // Calendar days: 2 suspended days push 5 days from 7/3 to 9/3, a Monday.
        assertEquals(LocalDateTime.of(2026, 3, 9, 17, 0), STATUTORY.dueDate(received, TimeLimit.days(5), waiting));
        assertEquals(LocalDateTime.of(2026, 3, 11, 17, 0),
                STATUTORY.dueDate(received, TimeLimit.days(7), waiting));
        // Hours: 16h from Monday 10:00 -> 6h Mon, 8h Tue, (Wed, Thu suspended), 2h Fri -> 10:00.
        assertEquals(LocalDateTime.of(2026, 3, 6, 10, 0),
                STATUTORY.dueDate(received, TimeLimit.workingHours(16), waiting));
        // A period outside the count changes nothing.
        assertEquals(LocalDateTime.of(2026, 3, 9, 17, 0), STATUTORY.dueDate(received, TimeLimit.workingDays(5),
                List.of(new SuspendedPeriod(d("2026-04-01"), d("2026-04-30")))));
    }

    @Test
    void theDefaultsAreReported() {
        assertEquals(OfficeHours.DEFAULT, STATUTORY.officeHours());
        assertTrue(STATUTORY.compensatesHolidaysOnRestDays());
        assertTrue(STATUTORY.usesFormula(2026));
        assertTrue(STATUTORY.toString().contains("SEPTEMBER_1"));
    }
}
