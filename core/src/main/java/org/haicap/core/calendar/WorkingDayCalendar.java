package org.haicap.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The working-day calendar (lịch ngày làm việc) of a Vietnamese state agency: which days are
 * working days, and when a dossier received at a given moment is due under a {@link TimeLimit}.
 *
 * <h2>Which days are working days</h2>
 * For each day the first rule that applies decides:
 * <ol>
 *   <li>a day the user added with {@link Builder#addDayOff} or {@link Builder#addMakeupWorkday}
 *       (or {@link Builder#addDay});</li>
 *   <li>in a year covered by an {@link OfficialSchedule}: the day as listed there (holidays and
 *       days off are not working days, make-up working days are), the formula being ignored for
 *       that whole year;</li>
 *   <li>in any other year, the statutory formula: the holidays of the Labour Code 2019 (Bộ luật
 *       Lao động 45/2019/QH14, Điều 112 khoản 1) — 1/1; Tết Âm lịch, 5 days, by default the last
 *       day of the old lunar year and 1/1 to 4/1 ({@link TetHolidayPattern}); 10/3 âm lịch; 30/4;
 *       1/5; 2/9 and one adjacent day, by default 1/9 ({@link NationalDayExtraDay}) — plus,
 *       unless switched off, a compensatory day off (nghỉ bù, Điều 111 khoản 3) on the next
 *       working day for each holiday that falls on a weekly rest day;</li>
 *   <li>otherwise a weekly rest day (by default Saturday and Sunday) is not a working day, and
 *       every other day is.</li>
 * </ol>
 * The formula is a statutory default, not the official calendar: the Government decides each
 * year which days of Tết and of National Day are taken and announces swapped days, so load the
 * announced days as an {@link OfficialSchedule} where they matter. {@link #defaults()} does so
 * with the schedules the library ships ({@link AnnouncedSchedule#shipped()}: 2025 and 2026), and
 * {@link #basis(int)} tells a caller whether a year's days were announced or computed by the
 * formula. Lunar dates are computed by
 * {@link VietnameseLunarCalendar}; the supported range is 1900-01-01 to 2200-12-31, and any day
 * outside it gives a {@link DateOutOfRangeException}.
 *
 * <h2>Due dates</h2>
 * See {@link #dueDate(LocalDateTime, TimeLimit)}: the day of receipt is day 0, and N working days
 * are due at the end (office closing time) of the N-th following working day.
 *
 * <p>Instances are immutable and thread-safe. Each year's days are computed the first time the
 * year is queried and then kept as a bit set (a few hundred bytes per year), so queries are
 * cheap.
 */
public final class WorkingDayCalendar {

    private final Set<DayOfWeek> restDays;
    private final boolean compensate;
    private final TetHolidayPattern tetPattern;
    private final Map<Integer, TetHolidayPattern> tetPatternByYear;
    private final NationalDayExtraDay nationalDayExtra;
    private final Map<Integer, NationalDayExtraDay> nationalDayExtraByYear;
    private final Map<LocalDate, CalendarDay> official;
    private final Set<Integer> officialYears;
    /** Whether an official schedule covers the year, by year - 1900. */
    private final boolean[] announced;
    private final boolean cultureDay;
    private final Map<LocalDate, CalendarDay> userDays;
    private final OfficeHours officeHours;
    /** The year tables by year - 1900, built on first use (a race builds equal tables twice, harmlessly). */
    private final AtomicReferenceArray<YearTable> years = new AtomicReferenceArray<>(
            VietnameseLunarCalendar.MAX_DATE.getYear() - VietnameseLunarCalendar.MIN_DATE.getYear() + 1);

    private WorkingDayCalendar(Builder b) {
        this.restDays = Collections.unmodifiableSet(EnumSet.copyOf(b.restDays.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : b.restDays));
        this.compensate = b.compensate;
        this.tetPattern = b.tetPattern;
        this.tetPatternByYear = Map.copyOf(b.tetPatternByYear);
        this.nationalDayExtra = b.nationalDayExtra;
        this.nationalDayExtraByYear = Map.copyOf(b.nationalDayExtraByYear);
        this.official = Map.copyOf(b.official);
        Set<Integer> ys = new TreeSet<>();
        for (LocalDate d : b.official.keySet()) {
            ys.add(d.getYear());
        }
        this.officialYears = Collections.unmodifiableSet(ys);
        this.announced = new boolean[VietnameseLunarCalendar.MAX_DATE.getYear() - VietnameseLunarCalendar.MIN_DATE.getYear() + 1];
        for (int y : ys) {
            announced[y - VietnameseLunarCalendar.MIN_DATE.getYear()] = true;
        }
        this.cultureDay = b.cultureDay;
        this.userDays = Map.copyOf(b.userDays);
        this.officeHours = b.officeHours;
    }

    /**
     * A new builder with the statutory defaults: Saturday and Sunday off, compensation on, Tết
     * {@link TetHolidayPattern#STATUTORY_DEFAULT}, National Day with 1/9, office hours
     * {@link OfficeHours#DEFAULT}, no official schedule, no user days.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The calendar of the statutory defaults, the same as {@code builder().build()}.
     *
     * @return a calendar computed by formula only
     */
    public static WorkingDayCalendar statutory() {
        return builder().build();
    }

    /**
     * The default calendar: the statutory defaults plus every schedule the library ships
     * ({@link AnnouncedSchedule#shipped()}: the announced days of 2025 and 2026), the same as
     * {@code builder().announcedSchedules().build()}. Years without a shipped schedule fall back to
     * the statutory formula; {@link #basis(int)} says which is which. The pending 24/11 holiday is
     * off. This is the calendar validation uses by default.
     *
     * @return the shared default calendar
     */
    public static WorkingDayCalendar defaults() {
        return Defaults.CALENDAR;
    }

    /** Built on first use. */
    private static final class Defaults {
        static final WorkingDayCalendar CALENDAR = builder().announcedSchedules().build();
    }

    // ---- days ----------------------------------------------------------------------------

    /**
     * Whether a day is a working day (ngày làm việc).
     *
     * @param date a day from 1900-01-01 to 2200-12-31
     * @return true for a working day
     * @throws DateOutOfRangeException if the date is outside the supported range
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return table(date).isWorking(date);
    }

    /**
     * The first working day strictly after {@code date}.
     *
     * @param date any supported day
     * @return the next working day
     * @throws DateOutOfRangeException if the search leaves the supported range
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The last working day strictly before {@code date}.
     *
     * @param date any supported day
     * @return the previous working day
     * @throws DateOutOfRangeException if the search leaves the supported range
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * {@code date} itself if it is a working day, else the next working day.
     *
     * @param date any supported day
     * @return the first working day on or after {@code date}
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * Moves by working days: for {@code n > 0} the n-th working day after {@code date}, for
     * {@code n < 0} the |n|-th working day before it, for 0 {@code date} itself (working day or
     * not). {@code date} itself is never counted.
     *
     * @param date the start, day 0
     * @param n how many working days
     * @return the resulting day; a working day unless {@code n == 0}
     * @throws DateOutOfRangeException if the result would leave the supported range
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        VietnameseLunarCalendar.requireSupported(date);
        if (n > 0) {
            return forwardWorkingDays(date, n);
        }
        int step = n > 0 ? 1 : -1;
        long left = Math.abs((long) n);
        LocalDate d = date;
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** {@link #addWorkingDays} for {@code n > 0}: a year's bit set at a time instead of a day at a time. */
    private LocalDate forwardWorkingDays(LocalDate date, int n) {
        int year = date.getYear();
        int from = date.getDayOfYear() - 1;
        int left = n;
        while (true) {
            int found = table(year).nthWorkingAfter(from, left, Year.isLeap(year) ? 366 : 365);
            if (found >= 0) {
                return LocalDate.ofYearDay(year, found + 1);
            }
            left = -found;
            year++;
            if (year > VietnameseLunarCalendar.MAX_DATE.getYear()) {
                throw new DateOutOfRangeException(VietnameseLunarCalendar.MAX_DATE.plusDays(1));
            }
            from = -1;
        }
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative
     * ({@code -workingDaysBetween(to, from)}) when {@code to} is before {@code from}. So
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every {@code n >= 0}.
     *
     * @param from the start, not counted
     * @param to the end, counted
     * @return the signed number of working days
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        VietnameseLunarCalendar.requireSupported(from);
        VietnameseLunarCalendar.requireSupported(to);
        int count = 0;
        LocalDate start = from.plusDays(1);
        while (!start.isAfter(to)) {
            LocalDate end = start.getYear() == to.getYear() ? to : LocalDate.of(start.getYear(), 12, 31);
            count += table(start).countWorking(start.getDayOfYear() - 1, end.getDayOfYear() - 1);
            start = end.plusDays(1);
        }
        return count;
    }

    /**
     * What makes a day special in this calendar, if anything: a holiday, a day off (including a
     * compensatory day off) or a make-up working day. An ordinary working day or weekly rest day
     * gives an empty result.
     *
     * @param date a supported day
     * @return the special day, or empty
     */
    public Optional<CalendarDay> specialDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(table(date).special(date));
    }

    /**
     * The special days of a Gregorian year as this calendar sees them (after the official
     * schedule and user days are applied), in date order. The result has the shape of an
     * {@link OfficialSchedule}.
     *
     * @param year 1900 to 2200
     * @return the holidays, days off and make-up working days of that year
     */
    public List<CalendarDay> specialDays(int year) {
        return table(LocalDate.of(requireYear(year), 1, 1)).specialDays();
    }

    /**
     * The holidays the statutory formula gives for a Gregorian year with this calendar's Tết
     * pattern and National Day choice (and 24/11 from 2026 if {@link #observesVietnameseCultureDay()}),
     * ignoring official schedules, user days and compensation. Two holidays on the same date
     * appear twice.
     *
     * @param year 1900 to 2200
     * @return the {@link DayKind#HOLIDAY} days in date order, 11 with the statutory pattern
     */
    public List<CalendarDay> statutoryHolidays(int year) {
        requireYear(year);
        return Collections.unmodifiableList(StatutoryHolidays.holidays(year, tetPattern(year), nationalDayExtra(year),
                cultureDay));
    }

    /** Whether the statutory formula applies to the year, that is no official schedule covers it. */
    public boolean usesFormula(int year) {
        return !officialYears.contains(year);
    }

    /**
     * Where this calendar takes a year's holidays and days off from: {@link CalendarBasis#ANNOUNCED}
     * if an official schedule covers the year, else {@link CalendarBasis#FORMULA}. User days
     * ({@link Builder#addDay}) do not change the basis.
     *
     * @param year 1900 to 2200
     * @return the basis of that year
     * @throws DateOutOfRangeException if the year is outside the supported range
     */
    public CalendarBasis basis(int year) {
        return isAnnounced(year) ? CalendarBasis.ANNOUNCED : CalendarBasis.FORMULA;
    }

    /**
     * Whether an official schedule (shipped or loaded) covers the year, the opposite of
     * {@link #usesFormula(int)}.
     *
     * @param year 1900 to 2200
     * @return true if the year's days are announced ones
     * @throws DateOutOfRangeException if the year is outside the supported range
     */
    public boolean isAnnounced(int year) {
        return announced[requireYear(year) - VietnameseLunarCalendar.MIN_DATE.getYear()];
    }

    /** The basis of the year of {@code date}, as {@link #basis(int)}. */
    public CalendarBasis basis(LocalDate date) {
        return basis(Objects.requireNonNull(date, "date").getYear());
    }

    /**
     * The first year from {@code from}'s to {@code to}'s (in either order) whose days this
     * calendar computes by the statutory formula. Cheap: one array look-up per year.
     *
     * @param from one end of the span
     * @param to the other end
     * @return that year, or empty if every year of the span has an announced schedule
     * @throws DateOutOfRangeException if a year is outside the supported range
     */
    public OptionalInt firstFormulaYear(LocalDate from, LocalDate to) {
        int a = Math.min(from.getYear(), to.getYear());
        int b = Math.max(from.getYear(), to.getYear());
        for (int y = a; y <= b; y++) {
            if (!isAnnounced(y)) {
                return OptionalInt.of(y);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether 24/11 (Ngày Văn hóa Việt Nam) is a holiday in this calendar from 2026; see
     * {@link Builder#vietnameseCultureDay(boolean)}.
     */
    public boolean observesVietnameseCultureDay() {
        return cultureDay;
    }

    /**
     * The first day in the span, both ends included and in either order, whose status is
     * pending: 24/11 of a year from 2026 (Ngày Văn hóa Việt Nam, not yet confirmed as a paid day
     * off) while this calendar does not observe it and no official schedule or user day lists
     * it. Such a day is counted as an ordinary day; a caller may treat a result that depends on
     * it as uncertain.
     *
     * @param from one end of the span
     * @param to the other end
     * @return the first pending day, or empty
     */
    public Optional<LocalDate> firstPendingHoliday(LocalDate from, LocalDate to) {
        if (cultureDay) {
            return Optional.empty();
        }
        LocalDate a = from.isBefore(to) ? from : to;
        LocalDate b = from.isBefore(to) ? to : from;
        for (int y = Math.max(a.getYear(), StatutoryHolidays.CULTURE_DAY_FIRST_YEAR); y <= b.getYear(); y++) {
            LocalDate d = LocalDate.of(y, 11, 24);
            if (!d.isBefore(a) && !d.isAfter(b) && !official.containsKey(d) && !userDays.containsKey(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The weekly rest days (ngày nghỉ hằng tuần). */
    public Set<DayOfWeek> weeklyRestDays() {
        return restDays;
    }

    /** The office hours used for working-hour limits and the end of a working day. */
    public OfficeHours officeHours() {
        return officeHours;
    }

    /** Whether holidays on weekly rest days are compensated on the next working day. */
    public boolean compensatesHolidaysOnRestDays() {
        return compensate;
    }

    // ---- due dates -----------------------------------------------------------------------

    /**
     * The day a dossier counts as received (day 0): the day of {@code receivedAt} if it is a
     * working day, before the office closing time and not after the limit's cut-off; otherwise
     * the next working day. Receipt exactly at the cut-off counts that day.
     *
     * @param receivedAt when the dossier was received
     * @param limit the time limit (for its cut-off)
     * @return day 0 of the count, a working day
     */
    public LocalDate receiptDay(LocalDateTime receivedAt, TimeLimit limit) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(limit, "limit");
        LocalDate day = receivedAt.toLocalDate();
        LocalTime time = receivedAt.toLocalTime();
        boolean late = !time.isBefore(officeHours.closes())
                || limit.cutoff().map(time::isAfter).orElse(false);
        return !late && isWorkingDay(day) ? day : nextWorkingDay(day);
    }

    /**
     * When a dossier received at {@code receivedAt} is due under {@code limit}.
     *
     * <p>Convention (DOMAIN.md §4.2–4.3): day 0 is {@link #receiptDay}; receipt on a non-working
     * day, after the office closing time or after the limit's cut-off (such as 15:00) counts from
     * the next working day.
     * <ul>
     *   <li>{@code WORKING_DAY}, N: the end of the N-th working day after day 0;</li>
     *   <li>{@code DAY}, N: the end of day 0 + N calendar days, moved to the next working day if
     *       that is not one (as the Civil Code 2015, Điều 148, does for periods ending on a day
     *       off);</li>
     *   <li>{@code HOUR}, N: N hours of office time counted from receipt (from the opening of day
     *       0 if received outside office hours), skipping the lunch break and non-working days;</li>
     *   <li>{@code SAME_DAY}: the end of day 0.</li>
     * </ul>
     * "The end" of a day is the office closing time. The exact legal counting rules are not in
     * the sources (DOMAIN.md marks them [U]); this convention is the common reading.
     *
     * @param receivedAt when the dossier was received
     * @param limit the time limit
     * @return the due moment
     * @throws DateOutOfRangeException if the count leaves the supported range
     */
    public LocalDateTime dueDate(LocalDateTime receivedAt, TimeLimit limit) {
        return dueDate(receivedAt, limit, List.of());
    }

    /**
     * As {@link #dueDate(LocalDateTime, TimeLimit)}, with the clock stopped on the given whole
     * days: a suspended day is not counted, for any unit (for {@code DAY} a suspended calendar
     * day is not counted either), and the result is never a suspended day. Whether waiting for a
     * supplement or a payment suspends the time limit is [U] in DOMAIN.md §4.3: this method is
     * the hook for processes that decide it does.
     *
     * @param receivedAt when the dossier was received
     * @param limit the time limit
     * @param suspended the periods during which the clock stands still, possibly overlapping
     * @return the due moment
     */
    public LocalDateTime dueDate(LocalDateTime receivedAt, TimeLimit limit, Collection<SuspendedPeriod> suspended) {
        Objects.requireNonNull(suspended, "suspended");
        List<SuspendedPeriod> stops = List.copyOf(suspended);
        LocalDate day0 = receiptDay(receivedAt, limit);
        LocalTime closes = officeHours.closes();
        switch (limit.unit()) {
            case SAME_DAY:
                return nextCountingDay(day0.minusDays(1), stops).atTime(closes);
            case WORKING_DAY: {
                if (stops.isEmpty()) {
                    return addWorkingDays(day0, limit.amount()).atTime(closes);
                }
                LocalDate d = day0;
                for (int left = limit.amount(); left > 0; ) {
                    d = d.plusDays(1);
                    if (isWorkingDay(d) && !isSuspended(d, stops)) {
                        left--;
                    }
                }
                return d.atTime(closes);
            }
            case DAY: {
                LocalDate d = day0;
                for (int left = limit.amount(); left > 0; ) {
                    d = d.plusDays(1);
                    VietnameseLunarCalendar.requireSupported(d);
                    if (!isSuspended(d, stops)) {
                        left--;
                    }
                }
                return nextCountingDay(d.minusDays(1), stops).atTime(closes);
            }
            case HOUR:
                return addWorkingHours(receivedAt, day0, limit.amount(), stops);
            default:
                throw new IllegalStateException(limit.unit().toString());
        }
    }

    private LocalDateTime addWorkingHours(LocalDateTime receivedAt, LocalDate day0, int hours,
            List<SuspendedPeriod> stops) {
        LocalDate d = nextCountingDay(day0.minusDays(1), stops);
        int t = d.equals(receivedAt.toLocalDate()) ? receivedAt.toLocalTime().toSecondOfDay() : 0;
        long left = hours * 3600L;
        int[][] segments = segments();
        while (true) {
            for (int[] s : segments) {
                int from = Math.max(s[0], t);
                if (from >= s[1]) {
                    continue;
                }
                long available = s[1] - from;
                if (left <= available) {
                    return d.atTime(LocalTime.ofSecondOfDay(from + left));
                }
                left -= available;
            }
            d = nextCountingDay(d, stops);
            t = 0;
        }
    }

    private int[][] segments() {
        int open = officeHours.opens().toSecondOfDay();
        int close = officeHours.closes().toSecondOfDay();
        if (officeHours.lunchStart().isEmpty()) {
            return new int[][] {{open, close}};
        }
        return new int[][] {{open, officeHours.lunchStart().get().toSecondOfDay()},
            {officeHours.lunchEnd().get().toSecondOfDay(), close}};
    }

    /** The first working day after {@code date} that is not suspended. */
    private LocalDate nextCountingDay(LocalDate date, List<SuspendedPeriod> stops) {
        LocalDate d = nextWorkingDay(date);
        while (isSuspended(d, stops)) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    private static boolean isSuspended(LocalDate d, List<SuspendedPeriod> stops) {
        for (SuspendedPeriod p : stops) {
            if (p.contains(d)) {
                return true;
            }
        }
        return false;
    }

    // ---- the year tables -----------------------------------------------------------------

    private YearTable table(LocalDate date) {
        VietnameseLunarCalendar.requireSupported(date);
        return table(date.getYear());
    }

    /** The table of a supported year. */
    private YearTable table(int year) {
        int i = year - VietnameseLunarCalendar.MIN_DATE.getYear();
        YearTable t = years.get(i);
        if (t == null) {
            years.compareAndSet(i, null, buildYear(year));
            t = years.get(i);
        }
        return t;
    }

    private static int requireYear(int year) {
        if (year < VietnameseLunarCalendar.MIN_DATE.getYear() || year > VietnameseLunarCalendar.MAX_DATE.getYear()) {
            throw new DateOutOfRangeException(LocalDate.of(year, 1, 1));
        }
        return year;
    }

    private TetHolidayPattern tetPattern(int year) {
        return tetPatternByYear.getOrDefault(year, tetPattern);
    }

    private NationalDayExtraDay nationalDayExtra(int year) {
        return nationalDayExtraByYear.getOrDefault(year, nationalDayExtra);
    }

    private YearTable buildYear(int year) {
        TreeMap<LocalDate, CalendarDay> special = new TreeMap<>();
        if (officialYears.contains(year)) {
            for (CalendarDay d : official.values()) {
                if (d.date().getYear() == year) {
                    special.put(d.date(), d);
                }
            }
            if (cultureDay && year >= StatutoryHolidays.CULTURE_DAY_FIRST_YEAR) {
                CalendarDay c = StatutoryHolidays.cultureDay(year);
                special.putIfAbsent(c.date(), c);
            }
        } else {
            for (CalendarDay h : StatutoryHolidays.holidays(year, tetPattern(year), nationalDayExtra(year), cultureDay)) {
                special.merge(h.date(), h, (a, b) -> new CalendarDay(a.date(), DayKind.HOLIDAY,
                        a.label() + "; " + b.label()));
            }
        }
        if (compensate) {
            for (int y = year - 1; y <= year; y++) {
                if (y >= VietnameseLunarCalendar.MIN_DATE.getYear() && !officialYears.contains(y)) {
                    List<CalendarDay> holidays = StatutoryHolidays.holidays(y, tetPattern(y), nationalDayExtra(y), cultureDay);
                    for (CalendarDay c : StatutoryHolidays.compensations(holidays, restDays)) {
                        if (c.date().getYear() == year && !officialYears.contains(year)) {
                            special.putIfAbsent(c.date(), c);
                        }
                    }
                }
            }
        }
        for (CalendarDay d : userDays.values()) {
            if (d.date().getYear() == year) {
                special.put(d.date(), d);
            }
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        long[] bits = new long[(length + 63) / 64];
        for (int i = 0; i < length; i++) {
            LocalDate d = first.plusDays(i);
            CalendarDay s = special.get(d);
            boolean working = s != null ? s.kind().isWorkingDay() : !restDays.contains(d.getDayOfWeek());
            if (working) {
                bits[i >>> 6] |= 1L << (i & 63);
            }
        }
        return new YearTable(year, bits, special);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[rest=" + restDays + ", compensate=" + compensate + ", tet=" + tetPattern
                + ", nationalDay+" + nationalDayExtra + ", officialYears=" + officialYears + ", cultureDay=" + cultureDay
                + ", userDays=" + userDays.size() + ", hours=" + officeHours + "]";
    }

    /**
     * Builds a {@link WorkingDayCalendar}. Starts from the statutory defaults (see
     * {@link WorkingDayCalendar#builder()}). A builder is mutable and not thread-safe; the
     * calendars it builds are immutable and independent of it.
     */
    public static final class Builder {
        private Set<DayOfWeek> restDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private boolean compensate = true;
        private TetHolidayPattern tetPattern = TetHolidayPattern.STATUTORY_DEFAULT;
        private final Map<Integer, TetHolidayPattern> tetPatternByYear = new HashMap<>();
        private NationalDayExtraDay nationalDayExtra = NationalDayExtraDay.SEPTEMBER_1;
        private final Map<Integer, NationalDayExtraDay> nationalDayExtraByYear = new HashMap<>();
        private final Map<LocalDate, CalendarDay> official = new HashMap<>();
        private final Map<LocalDate, CalendarDay> userDays = new HashMap<>();
        private OfficeHours officeHours = OfficeHours.DEFAULT;
        private boolean cultureDay;

        private Builder() {
        }

        /**
         * Adds every schedule the library ships ({@link AnnouncedSchedule#shipped()}: 2025 and
         * 2026), as {@link #officialSchedule} does for each.
         *
         * @return this builder
         * @throws CalendarConflictException if a schedule added earlier lists one of their dates
         *     differently
         */
        public Builder announcedSchedules() {
            for (AnnouncedSchedule s : AnnouncedSchedule.shipped()) {
                officialSchedule(s.schedule());
            }
            return this;
        }

        /**
         * Whether 24/11 (Ngày Văn hóa Việt Nam) is a holiday from 2026; default false. Nghị quyết
         * 80-NQ/TW of the Bộ Chính trị (7/1/2026) chose 24/11 as Ngày Văn hóa Việt Nam, a paid day
         * off, and the Government (Nghị quyết 30/NQ-CP, 2026) set out to add it to the Labour
         * Code's Điều 112 khoản 1; whether and from when it binds agencies is not confirmed here
         * [U], so it is off by default. When on: in a formula year 24/11 is one more holiday of the
         * formula (compensated like the others if it falls on a weekly rest day); in a year with an
         * official schedule it is a holiday unless the schedule lists the date itself (no
         * compensation is added there). When off, {@link WorkingDayCalendar#firstPendingHoliday}
         * reports the day.
         *
         * @param on true to make 24/11 a holiday from 2026
         * @return this builder
         */
        public Builder vietnameseCultureDay(boolean on) {
            this.cultureDay = on;
            return this;
        }

        /**
         * Sets the weekly rest days (ngày nghỉ hằng tuần), by default Saturday and Sunday; for
         * a desk that works on Saturdays pass only {@code SUNDAY}. Half days are not modelled.
         *
         * @param days the rest days, at most six
         * @return this builder
         * @throws IllegalArgumentException if all seven days are given
         */
        public Builder weeklyRestDays(Set<DayOfWeek> days) {
            Objects.requireNonNull(days, "days");
            if (days.size() >= 7) {
                throw new IllegalArgumentException("không thể nghỉ cả 7 ngày trong tuần / the weekly rest days"
                        + " cannot be all seven days: " + days);
            }
            this.restDays = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            return this;
        }

        /**
         * Sets the weekly rest days, as {@link #weeklyRestDays(Set)}.
         *
         * @param days the rest days, at most six
         * @return this builder
         */
        public Builder weeklyRestDays(DayOfWeek... days) {
            return weeklyRestDays(days.length == 0 ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.of(days[0], days));
        }

        /**
         * Whether a holiday falling on a weekly rest day gives a compensatory day off (nghỉ bù)
         * on the next working day (Labour Code 2019, Điều 111 khoản 3); default true. Applies to
         * the formula years only; an official schedule lists its compensatory days itself.
         *
         * @param on true to compensate
         * @return this builder
         */
        public Builder compensateHolidaysOnRestDays(boolean on) {
            this.compensate = on;
            return this;
        }

        /**
         * Sets the Tết pattern for every formula year without its own pattern.
         *
         * @param pattern the pattern; default {@link TetHolidayPattern#STATUTORY_DEFAULT}
         * @return this builder
         */
        public Builder tetHolidayPattern(TetHolidayPattern pattern) {
            this.tetPattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /**
         * Sets the Tết pattern of one year (the Gregorian year in which that Tết falls).
         *
         * @param year the year
         * @param pattern the pattern for that year
         * @return this builder
         */
        public Builder tetHolidayPattern(int year, TetHolidayPattern pattern) {
            tetPatternByYear.put(requireYear(year), Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /**
         * Sets which day is added to 2/9 in every formula year without its own choice.
         *
         * @param day the extra day; default {@link NationalDayExtraDay#SEPTEMBER_1} (an
         *     assumption: the Prime Minister chooses each year)
         * @return this builder
         */
        public Builder nationalDayExtraDay(NationalDayExtraDay day) {
            this.nationalDayExtra = Objects.requireNonNull(day, "day");
            return this;
        }

        /**
         * Sets which day is added to 2/9 in one year.
         *
         * @param year the year
         * @param day the extra day of that year
         * @return this builder
         */
        public Builder nationalDayExtraDay(int year, NationalDayExtraDay day) {
            nationalDayExtraByYear.put(requireYear(year), Objects.requireNonNull(day, "day"));
            return this;
        }

        /**
         * Adds an official schedule; it replaces the formula for every year it covers. Several
         * schedules may be added.
         *
         * @param schedule the schedule
         * @return this builder
         * @throws CalendarConflictException if a date is already listed by an earlier schedule
         */
        public Builder officialSchedule(OfficialSchedule schedule) {
            Objects.requireNonNull(schedule, "schedule");
            for (CalendarDay d : schedule.days()) {
                CalendarDay before = official.get(d.date());
                if (before != null && !before.equals(d)) {
                    throw new CalendarConflictException(d.date(), before.kind(), d.kind());
                }
            }
            for (CalendarDay d : schedule.days()) {
                official.put(d.date(), d);
            }
            return this;
        }

        /**
         * Declares a day off (for example a local holiday or a day given by decision), which
         * wins over the formula and any schedule.
         *
         * @param date the day
         * @param label a label, possibly empty
         * @return this builder
         * @throws CalendarConflictException if the day was already declared a make-up working day
         */
        public Builder addDayOff(LocalDate date, String label) {
            return addDay(new CalendarDay(date, DayKind.DAY_OFF, label));
        }

        /** As {@link #addDayOff(LocalDate, String)} with the label "Ngày nghỉ". */
        public Builder addDayOff(LocalDate date) {
            return addDayOff(date, "Ngày nghỉ");
        }

        /**
         * Declares a make-up working day (ngày làm bù), such as a Saturday worked in exchange for
         * a day off; it wins over the weekly rest days, the formula and any schedule.
         *
         * @param date the day
         * @param label a label, possibly empty
         * @return this builder
         * @throws CalendarConflictException if the day was already declared a day off or holiday
         */
        public Builder addMakeupWorkday(LocalDate date, String label) {
            return addDay(new CalendarDay(date, DayKind.MAKEUP_WORKDAY, label));
        }

        /** As {@link #addMakeupWorkday(LocalDate, String)} with the label "Làm bù". */
        public Builder addMakeupWorkday(LocalDate date) {
            return addMakeupWorkday(date, "Làm bù");
        }

        /**
         * Declares a special day of any kind, winning over the formula and any schedule.
         * Declaring the same day again with the same kind replaces its label.
         *
         * @param day the day
         * @return this builder
         * @throws CalendarConflictException if the day was already declared with another kind
         * @throws DateOutOfRangeException if the day is outside the supported range
         */
        public Builder addDay(CalendarDay day) {
            Objects.requireNonNull(day, "day");
            VietnameseLunarCalendar.requireSupported(day.date());
            CalendarDay before = userDays.get(day.date());
            if (before != null && before.kind() != day.kind()) {
                throw new CalendarConflictException(day.date(), before.kind(), day.kind());
            }
            userDays.put(day.date(), day);
            return this;
        }

        /**
         * Sets the office hours, by default {@link OfficeHours#DEFAULT}.
         *
         * @param hours the office hours
         * @return this builder
         */
        public Builder officeHours(OfficeHours hours) {
            this.officeHours = Objects.requireNonNull(hours, "hours");
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return an immutable calendar
         */
        public WorkingDayCalendar build() {
            return new WorkingDayCalendar(this);
        }
    }
}
