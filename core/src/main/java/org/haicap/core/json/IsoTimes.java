package org.haicap.core.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Fast paths for the commonest date and date-time texts ({@code 2025-07-14},
 * {@code 2025-07-14T08:30:00}, {@code 2025-07}), which streams of millions of records carry several times per
 * row. Each accepts and gives exactly what the ISO formatters accept and give; anything else
 * goes to them.
 */
final class IsoTimes {
    private IsoTimes() {
    }

    static LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if ((y | m | d) >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    static YearMonth parseYearMonth(String s) {
        if (s.length() == 7 && s.charAt(4) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            if ((y | m) >= 0) {
                return YearMonth.of(y, m);
            }
        }
        return YearMonth.parse(s);
    }

    static LocalDateTime parseDateTime(String s) {
        if (s.length() == 19 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':') {
            int y = digits(s, 0, 4);
            int mo = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            int h = digits(s, 11, 13);
            int mi = digits(s, 14, 16);
            int se = digits(s, 17, 19);
            if ((y | mo | d | h | mi | se) >= 0) {
                return LocalDateTime.of(y, mo, d, h, mi, se);
            }
        }
        return LocalDateTime.parse(s);
    }

    static String formatDate(LocalDate d) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(d);
        }
        char[] c = new char[10];
        put(c, 0, y, 4);
        c[4] = '-';
        put(c, 5, d.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, d.getDayOfMonth(), 2);
        return new String(c);
    }

    static String formatDateTime(LocalDateTime t) {
        int y = t.getYear();
        if (y < 1000 || y > 9999 || t.getNano() != 0) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        char[] c = new char[19];
        put(c, 0, y, 4);
        c[4] = '-';
        put(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        put(c, 11, t.getHour(), 2);
        c[13] = ':';
        put(c, 14, t.getMinute(), 2);
        c[16] = ':';
        put(c, 17, t.getSecond(), 2);
        return new String(c);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    private static void put(char[] c, int at, int value, int width) {
        int v = value;
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
