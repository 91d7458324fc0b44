package org.haicap.reporting.render;

import java.io.IOException;
import java.util.List;
import org.haicap.core.internal.Csv;

/**
 * A minimal RFC 4180 writer: fields separated by a comma (or, for {@code csv-excel}, a
 * semicolon), records ended by CRLF, a field quoted (quotes doubled) when it holds the
 * separator, a quote, CR or LF. Text fields that a spreadsheet
 * would read as a formula (starting with {@code = + - @}, tab or CR) are neutralised by a
 * leading apostrophe. Numbers written by the renderer are never neutralised.
 *
 * <p>The quoting and the neutralising are core's ({@code org.haicap.core.internal.Csv}, shared
 * with {@code org.haicap.core.io.CsvWriter}); this class only lays out a report's records on an
 * {@link Appendable}. Unlike the file writer it neutralises every text cell that starts like a
 * formula, numbers included, and leaves edge spaces unquoted, so a report's bytes stay as they
 * were.
 */
final class CsvWriter {
    private final Appendable out;
    private final char separator;

    /** A comma-separated writer. */
    CsvWriter(Appendable out) {
        this(out, ',');
    }

    /** A writer whose fields are separated by {@code separator}. */
    CsvWriter(Appendable out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    /** Writes one record; {@code textColumns[i]} says whether field {@code i} is text to neutralise. */
    void record(List<String> fields, boolean[] textColumns) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            String f = fields.get(i);
            out.append(Csv.quoteIfNeeded(textColumns[i] ? neutralise(f) : f, separator, false));
        }
        out.append("\r\n");
    }

    /** Prefixes {@code '} to text that a spreadsheet would evaluate as a formula. */
    static String neutralise(String field) {
        return Csv.neutralise(field);
    }
}
