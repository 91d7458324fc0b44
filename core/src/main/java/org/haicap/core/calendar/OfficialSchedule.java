package org.haicap.core.calendar;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The holidays, days off and make-up working days of some years as officially announced (the
 * Government and the Ministry announce each year which days are taken off, swapped or worked
 * in exchange). Given to {@link WorkingDayCalendar.Builder#officialSchedule}, a schedule
 * replaces the statutory formula for every Gregorian year in which it lists at least one day,
 * so a schedule for a year must list all of that year's holidays and days off.
 *
 * <h2>Text format</h2>
 * UTF-8 text, one day per line: {@code date,kind,label}.
 * <ul>
 *   <li>{@code date}: ISO {@code yyyy-mm-dd}, 1900-01-01 to 2200-12-31;</li>
 *   <li>{@code kind}: {@code HOLIDAY}, {@code DAY_OFF} or {@code MAKEUP_WORKDAY} (case does
 *       not matter), see {@link DayKind};</li>
 *   <li>{@code label}: optional free text, everything after the second comma (so it may
 *       contain commas; no quoting).</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are ignored, as is a header line
 * {@code date,kind,label}; fields are stripped of surrounding white space; a date may appear
 * only once. Example:
 * <pre>
 * # Tết Bính Ngọ 2026 as announced (example)
 * date,kind,label
 * 2026-02-16,HOLIDAY,Tết Âm lịch
 * 2026-02-23,DAY_OFF,Nghỉ bù
 * 2026-03-07,MAKEUP_WORKDAY,Làm bù
 * </pre>
 * A bad line stops reading with a {@link ScheduleFormatException} naming the line and why.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OfficialSchedule {

    private final List<CalendarDay> days;
    private final SortedSet<Integer> years;

    private OfficialSchedule(List<CalendarDay> days) {
        List<CalendarDay> sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparing(CalendarDay::date));
        this.days = Collections.unmodifiableList(sorted);
        SortedSet<Integer> ys = new TreeSet<>();
        for (CalendarDay d : sorted) {
            ys.add(d.date().getYear());
        }
        this.years = Collections.unmodifiableSortedSet(ys);
    }

    /**
     * A schedule of the given days.
     *
     * @param days the days, each date at most once, within 1900-01-01 to 2200-12-31
     * @return the schedule
     * @throws CalendarConflictException if a date appears twice
     * @throws DateOutOfRangeException if a date is outside the supported range
     */
    public static OfficialSchedule of(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay> seen = new TreeMap<>();
        for (CalendarDay d : days) {
            Objects.requireNonNull(d, "day");
            VietnameseLunarCalendar.requireSupported(d.date());
            CalendarDay before = seen.putIfAbsent(d.date(), d);
            if (before != null) {
                throw new CalendarConflictException(d.date(), before.kind(), d.kind());
            }
        }
        return new OfficialSchedule(new ArrayList<>(seen.values()));
    }

    /**
     * Reads a schedule in the text format above.
     *
     * @param reader the text; read to the end, not closed
     * @param sourceName a name for error messages, such as the file name
     * @return the schedule
     * @throws ScheduleFormatException naming the first bad line
     * @throws IOException if reading fails
     */
    public static OfficialSchedule read(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Map<LocalDate, Integer> lineOf = new TreeMap<>();
        List<CalendarDay> days = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.equalsIgnoreCase("date,kind,label")) {
                continue;
            }
            String[] fields = text.split(",", 3);
            if (fields.length < 2) {
                throw new ScheduleFormatException(sourceName, number, text, ScheduleFormatException.Reason.MISSING_FIELDS);
            }
            String dateText = fields[0].strip();
            LocalDate date;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new ScheduleFormatException(sourceName, number, dateText, ScheduleFormatException.Reason.INVALID_DATE);
            }
            if (date.isBefore(VietnameseLunarCalendar.MIN_DATE) || date.isAfter(VietnameseLunarCalendar.MAX_DATE)) {
                throw new ScheduleFormatException(sourceName, number, dateText,
                        ScheduleFormatException.Reason.DATE_OUT_OF_RANGE);
            }
            String kindText = fields[1].strip();
            DayKind kind;
            try {
                kind = DayKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ScheduleFormatException(sourceName, number, kindText, ScheduleFormatException.Reason.INVALID_KIND);
            }
            if (lineOf.putIfAbsent(date, number) != null) {
                throw new ScheduleFormatException(sourceName, number, dateText, ScheduleFormatException.Reason.DUPLICATE_DATE);
            }
            days.add(new CalendarDay(date, kind, fields.length == 3 ? fields[2] : ""));
        }
        return new OfficialSchedule(days);
    }

    /**
     * Reads a schedule file (UTF-8).
     *
     * @param file the file
     * @return the schedule
     * @throws ScheduleFormatException naming the first bad line
     * @throws IOException if the file cannot be read
     */
    public static OfficialSchedule read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /**
     * Reads a schedule shipped as a resource (UTF-8), resolved like
     * {@link Class#getResourceAsStream(String)} against {@code anchor}; under the module system
     * the resource must be in {@code anchor}'s module, or in an open package.
     *
     * @param anchor a class of the module holding the resource
     * @param name the resource name, relative to the anchor's package or absolute with "/"
     * @return the schedule
     * @throws ScheduleFormatException naming the first bad line
     * @throws FileNotFoundException if there is no such resource
     * @throws IOException if reading fails
     */
    public static OfficialSchedule readResource(Class<?> anchor, String name) throws IOException {
        InputStream stream = anchor.getResourceAsStream(name);
        if (stream == null) {
            throw new FileNotFoundException("không tìm thấy tài nguyên lịch nghỉ \"" + name + "\" (cạnh "
                    + anchor.getName() + ") / schedule resource \"" + name + "\" not found (next to "
                    + anchor.getName() + ")");
        }
        try (Reader r = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(r, name);
        }
    }

    /** The days, in date order. */
    public List<CalendarDay> days() {
        return days;
    }

    /** The Gregorian years this schedule covers: those in which it lists at least one day. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** Whether this schedule covers the given Gregorian year. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /**
     * Writes the schedule in the text format, one line per day, with a header line; reading the
     * result gives an equal schedule.
     *
     * @return the text
     */
    public String toText() {
        StringBuilder b = new StringBuilder("date,kind,label\n");
        for (CalendarDay d : days) {
            b.append(d.date()).append(',').append(d.kind()).append(',')
                    .append(d.label().replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficialSchedule s && s.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return "OfficialSchedule" + years + " (" + days.size() + " days)";
    }
}
