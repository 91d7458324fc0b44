package org.haicap.reporting.render;

import java.io.IOException;
import java.util.List;

/**
 * A minimal RFC 4180 writer: fields separated by commas, records ended by CRLF, a field quoted
 * (quotes doubled) when it holds a comma, quote, CR or LF. Text fields that a spreadsheet
 * would read as a formula (starting with {@code = + - @}, tab or CR) are neutralised by a
 * leading apostrophe. Numbers written by the renderer are never neutralised.
 *
 * <p>Kept package-private on purpose: it stands in until a shared CSV writer exists.
 */
final class CsvWriter {
    private final Appendable out;

    CsvWriter(Appendable out) {
        this.out = out;
    }

    /** Writes one record; {@code textColumns[i]} says whether field {@code i} is text to neutralise. */
    void record(List<String> fields, boolean[] textColumns) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i);
            out.append(quote(textColumns[i] ? neutralise(f) : f));
        }
        out.append("\r\n");
    }

    /** Prefixes {@code '} to text that a spreadsheet would evaluate as a formula. */
    static String neutralise(String field) {
        if (field.isEmpty()) {
            return field;
        }
        char c = field.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + field : field;
    }

    /** Quotes a field when RFC 4180 requires it. */
    static String quote(String field) {
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
