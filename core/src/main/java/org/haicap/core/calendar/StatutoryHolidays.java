package org.haicap.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14, Điều 112 khoản
 * 1) computed by formula, and the compensatory days off of Điều 111 khoản 3. Stateless.
 */
final class StatutoryHolidays {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Âm lịch";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
    static final String REUNIFICATION = "Ngày Chiến thắng (30/4)";
    static final String LABOUR_DAY = "Ngày Quốc tế Lao động (1/5)";
    static final String NATIONAL_DAY = "Quốc khánh (2/9)";
    static final String NATIONAL_DAY_EXTRA = "Quốc khánh (ngày liền kề)";
    static final String COMPENSATION = "Nghỉ bù ";
    static final String CULTURE_DAY = "Ngày Văn hóa Việt Nam (24/11)";
    /** The first year the pending 24/11 holiday would apply to. */
    static final int CULTURE_DAY_FIRST_YEAR = 2026;

    private StatutoryHolidays() {
    }

    /** The holidays of a Gregorian year in date order; a date may occur twice if two coincide. */
    static List<CalendarDay> holidays(int year, TetHolidayPattern tet, NationalDayExtraDay extra) {
        return holidays(year, tet, extra, false);
    }

    /**
     * As {@link #holidays(int, TetHolidayPattern, NationalDayExtraDay)}, plus 24/11 (Ngày Văn hóa
     * Việt Nam) from 2026 when {@code cultureDay} is set.
     */
    static List<CalendarDay> holidays(int year, TetHolidayPattern tet, NationalDayExtraDay extra, boolean cultureDay) {
        List<CalendarDay> days = new ArrayList<>(12);
        days.add(new CalendarDay(LocalDate.of(year, 1, 1), DayKind.HOLIDAY, NEW_YEAR));
        LocalDate newYear = VietnameseLunarCalendar.tet(year);
        for (int i = -tet.daysBeforeNewYear(); i < tet.daysFromNewYear(); i++) {
            days.add(new CalendarDay(newYear.plusDays(i), DayKind.HOLIDAY, TET));
        }
        days.add(new CalendarDay(LunarDate.of(year, 3, 10).toGregorian(), DayKind.HOLIDAY, HUNG_KINGS));
        days.add(new CalendarDay(LocalDate.of(year, 4, 30), DayKind.HOLIDAY, REUNIFICATION));
        days.add(new CalendarDay(LocalDate.of(year, 5, 1), DayKind.HOLIDAY, LABOUR_DAY));
        days.add(new CalendarDay(LocalDate.of(year, 9, 2), DayKind.HOLIDAY, NATIONAL_DAY));
        days.add(new CalendarDay(extra.in(year), DayKind.HOLIDAY, NATIONAL_DAY_EXTRA));
        if (cultureDay && year >= CULTURE_DAY_FIRST_YEAR) {
            days.add(cultureDay(year));
        }
        days.sort(Comparator.comparing(CalendarDay::date));
        return days;
    }

    /** The pending 24/11 holiday of a year. */
    static CalendarDay cultureDay(int year) {
        return new CalendarDay(LocalDate.of(year, 11, 24), DayKind.HOLIDAY, CULTURE_DAY);
    }

    /**
     * The compensatory days off: each holiday on a weekly rest day, or on a day already taken by
     * another holiday, moves to the next day that is neither a rest day, a holiday nor an earlier
     * compensation.
     */
    static List<CalendarDay> compensations(List<CalendarDay> holidays, Set<DayOfWeek> restDays) {
        Set<LocalDate> taken = new HashSet<>();
        for (CalendarDay h : holidays) {
            taken.add(h.date());
        }
        Set<LocalDate> seen = new HashSet<>();
        List<CalendarDay> result = new ArrayList<>();
        for (CalendarDay h : holidays) {
            boolean duplicate = !seen.add(h.date());
            if (duplicate || restDays.contains(h.date().getDayOfWeek())) {
                LocalDate d = h.date().plusDays(1);
                while (restDays.contains(d.getDayOfWeek()) || taken.contains(d)) {
                    d = d.plusDays(1);
                }
                taken.add(d);
                result.add(new CalendarDay(d, DayKind.DAY_OFF, COMPENSATION + h.label()));
            }
        }
        return result;
    }
}
