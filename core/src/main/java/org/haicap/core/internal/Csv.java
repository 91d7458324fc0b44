package org.haicap.core.internal;

/**
 * The RFC 4180 quoting and the formula neutralising of CSV cells, written once for
 * {@code org.haicap.core.io.CsvWriter} (files) and reporting's CSV renderer (reports). Not part
 * of the public API (exported only to {@code org.haicap.reporting}).
 */
public final class Csv {
    private Csv() {
    }

    /**
     * The cell as RFC 4180 writes it: quoted, with its quotes doubled, when it holds the
     * delimiter, a quote, CR or LF (or, with {@code edgeSpaces}, starts or ends with a space).
     *
     * @param cell the cell text
     * @param delimiter the field separator
     * @param edgeSpaces whether a leading or trailing space also asks for quotes
     * @return the cell as written
     */
    public static String quoteIfNeeded(String cell, char delimiter, boolean edgeSpaces) {
        return needsQuotes(cell, delimiter, edgeSpaces) ? quoted(cell) : cell;
    }

    /**
     * Whether RFC 4180 needs the cell quoted (see {@link #quoteIfNeeded}).
     *
     * @param cell the cell text
     * @param delimiter the field separator
     * @param edgeSpaces whether a leading or trailing space also asks for quotes
     * @return true if it must be quoted
     */
    public static boolean needsQuotes(String cell, char delimiter, boolean edgeSpaces) {
        if (cell.isEmpty()) {
            return false;
        }
        if (edgeSpaces && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' ')) {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The cell in quotes, its quotes doubled.
     *
     * @param cell the cell text
     * @return {@code "…"}
     */
    public static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /**
     * The cell prefixed with {@code '} when it starts with {@code = + - @}, tab or CR, which a
     * spreadsheet would run as a formula: the reports' rule, for their text columns.
     *
     * @param cell any text
     * @return the same text, or {@code "'" + cell}
     */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return isFormulaStart(c) ? "'" + cell : cell;
    }

    /**
     * Like {@link #neutralise} and also for the full-width forms {@code ＝＋－＠}, but a plain
     * number such as {@code -5}, {@code +84912345678} or {@code -1,5} is left alone: the rule of
     * files people open in a spreadsheet, whose cells may be numbers.
     *
     * @param cell any text
     * @return the same text, or {@code "'" + cell}
     */
    public static String neutraliseUnlessNumber(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean risky = isFormulaStart(c) || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
        if (!risky || isPlainNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static boolean isPlainNumber(String s) {
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i = 1;
        }
        int digits = 0;
        boolean separator = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c == '.' || c == ',') && !separator && digits > 0 && i + 1 < s.length()) {
                separator = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
