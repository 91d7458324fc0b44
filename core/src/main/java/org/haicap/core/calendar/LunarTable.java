package org.haicap.core.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The months of the lunisolar calendar for one time zone, computed once for a fixed range of
 * years and then answered by binary search. Immutable and thread-safe.
 *
 * <p>The astronomy is the standard low-precision algorithm (Jean Meeus, "Astronomical
 * Algorithms", new moons with the main periodic terms and the sun's apparent longitude), as
 * published for the Vietnamese calendar by Hồ Ngọc Đức: a month starts on the local day of
 * the new moon; month 11 is the month containing the winter solstice; when two winter
 * solstices are 13 new moons apart, the first month after month 11 without a major solar
 * term (trung khí, a multiple of 30° of solar longitude) is the leap month and repeats the
 * number of the month before it. Everything is computed for the given offset from UTC,
 * which is why Vietnam (UTC+7) and China (UTC+8) sometimes disagree.
 */
final class LunarTable {

    /** First and last Gregorian year of solstice-to-solstice spans computed. */
    private static final int FIRST_SUI = 1897;
    private static final int LAST_SUI = 2201;

    /** The Vietnamese table, UTC+7. */
    static final LunarTable VIETNAM = new LunarTable(7);

    private final int offsetHours;
    /** Julian day numbers of every month start, ascending, plus one sentinel end. */
    private final int[] monthStart;
    /** Lunar year of each month. */
    private final int[] year;
    /** Month number 1..12 of each month. */
    private final byte[] month;
    /** Whether each month is a leap month. */
    private final boolean[] leap;

    LunarTable(int offsetHours) {
        this.offsetHours = offsetHours;
        int capacity = (LAST_SUI - FIRST_SUI + 1) * 13 + 1;
        int[] starts = new int[capacity];
        int[] years = new int[capacity];
        byte[] months = new byte[capacity];
        boolean[] leaps = new boolean[capacity];
        int n = 0;
        int a11 = lunarMonth11(FIRST_SUI);
        for (int sui = FIRST_SUI; sui <= LAST_SUI; sui++) {
            int b11 = lunarMonth11(sui + 1);
            int k = (int) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
            int count = (int) Math.round((b11 - a11) / 29.530588853);
            int leapOffset = count == 13 ? leapMonthOffset(a11) : -1;
            for (int off = 0; off < count; off++) {
                int start = off == 0 ? a11 : newMoonDay(k + off);
                int label = leapOffset >= 0 && off >= leapOffset ? off - 1 : off;
                int m = (label + 10) % 12 + 1; // label 0 is month 11
                starts[n] = start;
                months[n] = (byte) m;
                leaps[n] = off == leapOffset;
                years[n] = m >= 11 && label < 2 ? sui : sui + 1;
                n++;
            }
            a11 = b11;
        }
        starts[n] = a11;
        this.monthStart = Arrays.copyOf(starts, n + 1);
        this.year = Arrays.copyOf(years, n);
        this.month = Arrays.copyOf(months, n);
        this.leap = Arrays.copyOf(leaps, n);
    }

    /** Index of the month containing the given Julian day number, or -1 if outside. */
    int monthIndexOf(int jdn) {
        if (jdn < monthStart[0] || jdn >= monthStart[monthStart.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(monthStart, jdn);
        return i >= 0 ? i : -i - 2;
    }

    /** Index of the given lunar month, or -1 if no such month is in the table. */
    int monthIndexOf(int lunarYear, int lunarMonth, boolean isLeap) {
        // Month 1 of a lunar year is two or three months after the month 11 of the solstice
        // of the previous Gregorian year; search the few candidates around it.
        int approx = (lunarYear - FIRST_SUI - 1) * 12 + (int) Math.round(
                (lunarYear - FIRST_SUI - 1) * (7.0 / 19.0)) + lunarMonth;
        int from = Math.max(0, approx - 6);
        int to = Math.min(year.length, approx + 8);
        for (int i = from; i < to; i++) {
            if (year[i] == lunarYear && month[i] == lunarMonth && leap[i] == isLeap) {
                return i;
            }
        }
        return -1;
    }

    int start(int index) {
        return monthStart[index];
    }

    int length(int index) {
        return monthStart[index + 1] - monthStart[index];
    }

    int year(int index) {
        return year[index];
    }

    int month(int index) {
        return month[index];
    }

    boolean leap(int index) {
        return leap[index];
    }

    int monthCount() {
        return year.length;
    }

    /** The leap month of a lunar year, 0 if none. */
    int leapMonth(int lunarYear) {
        for (int m = 1; m <= 12; m++) {
            if (monthIndexOf(lunarYear, m, true) >= 0) {
                return m;
            }
        }
        return 0;
    }

    // ---- astronomy -------------------------------------------------------------------

    static int julianDay(LocalDate date) {
        return (int) (date.toEpochDay() + 2440588);
    }

    static LocalDate fromJulianDay(int jdn) {
        return LocalDate.ofEpochDay(jdn - 2440588L);
    }

    /** The local day (Julian day number) of the k-th new moon after 1900-01-01. */
    int newMoonDay(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        double jdNew = jd1 + c1 - deltaT;
        return (int) Math.floor(jdNew + 0.5 + offsetHours / 24.0);
    }

    /** The sector 0..11 (30° each, 0 = spring equinox) of the sun at the start of a local day. */
    int sunLongitudeSector(int jdn) {
        double t = (jdn - 2451545.5 - offsetHours / 24.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** The first day of month 11 (the month with the winter solstice) of a Gregorian year. */
    int lunarMonth11(int gregorianYear) {
        int off = julianDay(LocalDate.of(gregorianYear, 12, 31)) - 2415021;
        int k = (int) Math.floor(off / 29.530588853);
        int nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset, counted from month 11, of the leap month of a 13-month span. */
    int leapMonthOffset(int a11) {
        int k = (int) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        int last;
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    int offsetHours() {
        return offsetHours;
    }
}
