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
            byte[] c = ascii(chars(s), 0, 10);
            int y = digits(c, 0, 4);
            int m = digits(c, 5, 7);
            int d = digits(c, 8, 10);
            if ((y | m | d) >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    static YearMonth parseYearMonth(String s) {
        YearMonth fast = s.length() == 7 ? yearMonth(chars(s), 0, 7) : null;
        return fast != null ? fast : YearMonth.parse(s);
    }

    static LocalDateTime parseDateTime(String s) {
        LocalDateTime fast = s.length() == 19 ? dateTime(chars(s), 0, 19) : null;
        return fast != null ? fast : LocalDateTime.parse(s);
    }

    /** {@link #yearMonth(byte[], int, int)} on characters (Jackson's text buffer, a string). */
    static YearMonth yearMonth(char[] c, int off, int len) {
        return len == 7 ? yearMonth(ascii(c, off, len), 0, len) : null;
    }

    /** {@link #dateTime(byte[], int, int)} on characters (Jackson's text buffer, a string). */
    static LocalDateTime dateTime(char[] c, int off, int len) {
        return len == 19 ? dateTime(ascii(c, off, len), 0, len) : null;
    }

    /**
     * The month of {@code yyyy-MM} in {@code c[off, off + len)}, or null when the text has another
     * shape (then {@link YearMonth#parse} decides); a month out of range throws as
     * {@code YearMonth.parse} does ({@link java.time.DateTimeException}). Works on the UTF-8 bytes
     * of a line (the byte scanner) as on ASCII copies of characters.
     */
    static YearMonth yearMonth(byte[] c, int off, int len) {
        if (len == 7 && c[off + 4] == '-') {
            int y = digits(c, off, off + 4);
            int m = digits(c, off + 5, off + 7);
            if ((y | m) >= 0) {
                return YearMonth.of(y, m);
            }
        }
        return null;
    }

    /**
     * The date-time of {@code yyyy-MM-ddTHH:mm:ss} in {@code c[off, off + len)}, or null when the
     * text has another shape (then {@link LocalDateTime#parse} decides); a field out of range
     * throws as {@code LocalDateTime.parse} does ({@link java.time.DateTimeException}).
     */
    static LocalDateTime dateTime(byte[] c, int off, int len) {
        if (len == 19 && c[off + 4] == '-' && c[off + 7] == '-' && c[off + 10] == 'T' && c[off + 13] == ':'
                && c[off + 16] == ':') {
            int y = digits(c, off, off + 4);
            int mo = digits(c, off + 5, off + 7);
            int d = digits(c, off + 8, off + 10);
            int h = digits(c, off + 11, off + 13);
            int mi = digits(c, off + 14, off + 16);
            int se = digits(c, off + 17, off + 19);
            if ((y | mo | d | h | mi | se) >= 0) {
                return LocalDateTime.of(y, mo, d, h, mi, se);
            }
        }
        return null;
    }

    private static char[] chars(String s) {
        return s.toCharArray();
    }

    /** The characters as bytes, any non-ASCII character as 0 (neither a digit nor a separator). */
    private static byte[] ascii(char[] c, int off, int len) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            char ch = c[off + i];
            b[i] = ch < 0x80 ? (byte) ch : 0;
        }
        return b;
    }

    private static int digits(byte[] c, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int ch = c[i];
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
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

    private static void put(char[] c, int at, int value, int width) {
        int v = value;
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
