package org.haicap.examples.cli;

import java.util.List;

/** Small text helpers for aligned terminal output. */
final class Text {
    private Text() {
    }

    /** The display width: code points (catalogue text is NFC, one code point per letter). */
    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    static String pad(String s, int width) {
        int w = width(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    static String padLeft(String s, int width) {
        int w = width(s);
        return w >= width ? s : " ".repeat(width - w) + s;
    }

    /**
     * Renders rows as aligned columns separated by two spaces; columns listed in
     * {@code rightAligned} are right-aligned; trailing spaces are removed.
     */
    static String table(List<String> header, List<List<String>> rows, java.util.Set<Integer> rightAligned) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = width(header.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder b = new StringBuilder();
        appendRow(b, header, widths, rightAligned);
        for (List<String> row : rows) {
            appendRow(b, row, widths, rightAligned);
        }
        return b.toString();
    }

    private static void appendRow(StringBuilder b, List<String> row, int[] widths, java.util.Set<Integer> right) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(right.contains(i) ? padLeft(row.get(i), widths[i]) : pad(row.get(i), widths[i]));
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }
}
