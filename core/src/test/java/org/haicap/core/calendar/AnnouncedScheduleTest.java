package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shipped schedules against the figures of their announcing documents, and the default calendar. */
class AnnouncedScheduleTest {

    private static final WorkingDayCalendar DEFAULTS = WorkingDayCalendar.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The weekdays that are not working days, and the weekend days that are, of a year. */
    private static List<String> offWeekdays(WorkingDayCalendar c, int year) {
        List<String> out = new ArrayList<>();
        for (LocalDate x = LocalDate.of(year, 1, 1); x.getYear() == year; x = x.plusDays(1)) {
            boolean weekend = x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !c.isWorkingDay(x)) {
                out.add(x.toString());
            }
        }
        return out;
    }

    private static List<String> workedWeekends(WorkingDayCalendar c, int year) {
        List<String> out = new ArrayList<>();
        for (LocalDate x = LocalDate.of(year, 1, 1); x.getYear() == year; x = x.plusDays(1)) {
            boolean weekend = x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && c.isWorkingDay(x)) {
                out.add(x.toString());
            }
        }
        return out;
    }

    @Test
    @DisplayName("2025 as Thông báo 6150/TB-BLĐTBXH (3/12/2024) gives it: 12 weekdays off, Saturday 26/4 worked")
    void schedule2025() {
        assertEquals(List.of(
                "2025-01-01",                                                   // Tết Dương lịch, BLLĐ Điều 112
                "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", // Tết 25/1–2/2: "05 ngày nghỉ tết"
                "2025-04-07",                                                   // Giỗ Tổ, 10/3 Ất Tỵ
                "2025-04-30", "2025-05-01",                                     // BLLĐ Điều 112
                "2025-05-02",                                                   // 6150: "từ thứ Sáu ngày 02/5/2025 sang thứ Bảy ngày 26/4/2025"
                "2025-09-01", "2025-09-02"),                                    // 6150: Quốc khánh 30/8–2/9
                offWeekdays(DEFAULTS, 2025));
        assertEquals(List.of("2025-04-26"), workedWeekends(DEFAULTS, 2025)); // 6150: làm bù thứ Bảy 26/4
        // where the formula differs: Tết 27/1 (28 Chạp) is off, 3/2 (its nghỉ bù for Saturday 1/2) is not
        WorkingDayCalendar formula = WorkingDayCalendar.statutory();
        assertTrue(formula.isWorkingDay(d("2025-01-27")));
        assertFalse(formula.isWorkingDay(d("2025-02-03")));
        assertTrue(DEFAULTS.isWorkingDay(d("2025-02-03")));
        assertFalse(formula.isWorkingDay(d("2025-04-26")));
    }

    @Test
    @DisplayName("2026 as 12729/VPCP-KGVX (25/12/2025) and Thông báo 9441/TB-BNV (16/10/2025) give it, with Điều 111 khoản 3")
    void schedule2026() {
        assertEquals(List.of(
                "2026-01-01",                                                   // Tết Dương lịch
                "2026-01-02",                                                   // 12729/VPCP-KGVX: hoán đổi sang thứ Bảy 10/1
                "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", // 9441/TB-BNV: 16/2 (29 Chạp) – 20/2 (mùng 4)
                "2026-04-27",                                                   // nghỉ bù Giỗ Tổ, Sunday 26/4 (Điều 111 khoản 3)
                "2026-04-30", "2026-05-01",                                     // Thursday, Friday
                "2026-08-31",                                                   // 9441/TB-BNV: nghỉ thứ Hai 31/8, làm bù thứ Bảy 22/8
                "2026-09-01", "2026-09-02"),                                    // 9441/TB-BNV: Quốc khánh 1/9 and 2/9
                offWeekdays(DEFAULTS, 2026));
        assertEquals(List.of("2026-01-10", "2026-08-22"), workedWeekends(DEFAULTS, 2026));
        assertEquals(Optional.of(DayKind.HOLIDAY), DEFAULTS.specialDay(d("2026-04-26")).map(CalendarDay::kind));
        // 24/11/2026 (Tuesday) is pending and so a working day by default
        assertTrue(DEFAULTS.isWorkingDay(d("2026-11-24")));
    }

    @Test
    @DisplayName("the shipped schedules name their documents, cover one year each and read back from their text")
    void shippedMetadata() throws IOException {
        List<AnnouncedSchedule> all = AnnouncedSchedule.shipped();
        assertEquals(List.of(2025, 2026), all.stream().map(AnnouncedSchedule::year).toList());
        assertTrue(all.get(0).documents().get(0).startsWith("Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024"));
        assertTrue(all.get(1).documents().get(0).startsWith("Công văn 12729/VPCP-KGVX ngày 25/12/2025"));
        assertTrue(all.get(1).documents().get(1).startsWith("Thông báo 9441/TB-BNV ngày 16/10/2025"));
        assertEquals(13, all.get(0).schedule().days().size());
        assertEquals(16, all.get(1).schedule().days().size());
        for (AnnouncedSchedule s : all) {
            assertEquals(s.schedule(), OfficialSchedule.read(new StringReader(s.schedule().toText()), "x"));
            assertSame(s, AnnouncedSchedule.shipped(s.year()).orElseThrow());
        }
        assertEquals(Optional.empty(), AnnouncedSchedule.shipped(2027));
        assertThrows(IllegalArgumentException.class, () -> new AnnouncedSchedule(2024, List.of("x"),
                all.get(0).schedule()));
        assertThrows(IllegalArgumentException.class, () -> new AnnouncedSchedule(2025, List.of(),
                all.get(0).schedule()));
    }

    @Test
    @DisplayName("the Tết labels of the shipped schedules agree with the lunar calendar")
    void tetLabels() {
        assertEquals(LunarDate.of(2025, 1, 1).toGregorian(), d("2025-01-29"));
        assertEquals(VietnameseLunarCalendar.toLunar(d("2025-01-27")).day(), 28);
        assertEquals(LunarDate.of(2026, 1, 1).toGregorian(), d("2026-02-17"));
        assertEquals(VietnameseLunarCalendar.toLunar(d("2026-02-16")).day(), 29);
        assertEquals(LunarDate.of(2026, 3, 10).toGregorian(), d("2026-04-26"));
    }

    @Test
    @DisplayName("basis: announced for 2025 and 2026, formula elsewhere and in the statutory calendar")
    void basis() {
        assertEquals(CalendarBasis.ANNOUNCED, DEFAULTS.basis(2025));
        assertEquals(CalendarBasis.ANNOUNCED, DEFAULTS.basis(d("2026-12-31")));
        assertEquals(CalendarBasis.FORMULA, DEFAULTS.basis(2024));
        assertEquals(CalendarBasis.FORMULA, DEFAULTS.basis(2027));
        assertFalse(WorkingDayCalendar.statutory().isAnnounced(2025));
        assertTrue(DEFAULTS.isAnnounced(2026));
        assertEquals(DEFAULTS.usesFormula(2027), !DEFAULTS.isAnnounced(2027));
        assertEquals(OptionalInt.empty(), DEFAULTS.firstFormulaYear(d("2025-01-01"), d("2026-12-31")));
        assertEquals(OptionalInt.of(2027), DEFAULTS.firstFormulaYear(d("2027-01-05"), d("2026-12-20")));
        assertEquals(OptionalInt.of(2024), DEFAULTS.firstFormulaYear(d("2024-12-30"), d("2027-01-05")));
        assertThrows(DateOutOfRangeException.class, () -> DEFAULTS.basis(2201));
        assertEquals("lịch nghỉ đã công bố", CalendarBasis.ANNOUNCED.vietnamese());
        assertEquals("statutory formula", CalendarBasis.FORMULA.english());
        assertSame(DEFAULTS, WorkingDayCalendar.defaults());
        assertEquals(WorkingDayCalendar.builder().announcedSchedules().build().specialDays(2025),
                DEFAULTS.specialDays(2025));
    }

    @Test
    @DisplayName("a dossier received Friday 25/4/2025 for one working day is due Saturday 26/4/2025 (make-up day)")
    void makeupSaturdayDueDate() {
        LocalDateTime received = LocalDateTime.of(2025, 4, 25, 10, 0);
        assertEquals(LocalDateTime.of(2025, 4, 26, 17, 0), DEFAULTS.dueDate(received, TimeLimit.workingDays(1)));
        assertEquals(LocalDateTime.of(2025, 4, 28, 17, 0),
                WorkingDayCalendar.statutory().dueDate(received, TimeLimit.workingDays(1)));
        // and 2 working days skip 30/4–4/5: Monday 28/4, then Tuesday 29/4
        assertEquals(LocalDateTime.of(2025, 4, 28, 17, 0), DEFAULTS.dueDate(received, TimeLimit.workingDays(2)));
        assertEquals(LocalDateTime.of(2025, 5, 5, 17, 0),
                DEFAULTS.dueDate(LocalDateTime.of(2025, 4, 29, 9, 0), TimeLimit.workingDays(1)));
    }

    @Test
    @DisplayName("Ngày Văn hóa Việt Nam 24/11: off by default and reported as pending; when on, a holiday from 2026")
    void cultureDay() {
        assertFalse(DEFAULTS.observesVietnameseCultureDay());
        assertEquals(Optional.of(d("2026-11-24")), DEFAULTS.firstPendingHoliday(d("2026-11-30"), d("2026-11-01")));
        assertEquals(Optional.empty(), DEFAULTS.firstPendingHoliday(d("2025-11-01"), d("2025-11-30")));
        assertEquals(Optional.of(d("2027-11-24")), DEFAULTS.firstPendingHoliday(d("2026-11-25"), d("2027-12-01")));

        WorkingDayCalendar on = WorkingDayCalendar.builder().announcedSchedules().vietnameseCultureDay(true).build();
        assertTrue(on.observesVietnameseCultureDay());
        assertEquals(Optional.empty(), on.firstPendingHoliday(d("2026-11-01"), d("2027-12-01")));
        assertFalse(on.isWorkingDay(d("2026-11-24")));          // announced year: added to the schedule
        assertFalse(on.isWorkingDay(d("2027-11-24")));          // formula year
        assertTrue(on.isWorkingDay(d("2025-11-24")));           // not before 2026
        assertEquals(12, on.statutoryHolidays(2027).size());
        assertEquals(11, DEFAULTS.statutoryHolidays(2027).size());
        // Saturday 24/11/2029 is compensated on Monday 26/11 in a formula year
        assertFalse(on.isWorkingDay(d("2029-11-26")));
        assertTrue(DEFAULTS.isWorkingDay(d("2029-11-26")));
        // a user day on 24/11 settles it
        WorkingDayCalendar settled = WorkingDayCalendar.builder().addDayOff(d("2026-11-24"), "Nghỉ").build();
        assertEquals(Optional.empty(), settled.firstPendingHoliday(d("2026-11-01"), d("2026-11-30")));
    }

    @Test
    @DisplayName("a further schedule loaded from a file covers its year in addition to the shipped ones")
    void loadedSchedule() throws IOException {
        OfficialSchedule y2027 = OfficialSchedule.read(new StringReader(
                "date,kind,label\n2027-01-01,HOLIDAY,Tết Dương lịch\n2027-02-05,HOLIDAY,Tết\n"), "lich-nghi-2027.csv");
        WorkingDayCalendar c = WorkingDayCalendar.builder().announcedSchedules().officialSchedule(y2027).build();
        assertEquals(CalendarBasis.ANNOUNCED, c.basis(2027));
        assertEquals(OptionalInt.empty(), c.firstFormulaYear(d("2025-06-01"), d("2027-06-01")));
        assertTrue(c.isWorkingDay(d("2027-02-08")));
        assertFalse(c.isWorkingDay(d("2027-02-05")));
        assertThrows(CalendarConflictException.class, () -> WorkingDayCalendar.builder().announcedSchedules()
                .officialSchedule(OfficialSchedule.of(List.of(new CalendarDay(d("2025-04-26"), DayKind.DAY_OFF, "x")))));
    }
}
