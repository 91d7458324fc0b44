package org.haicap.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.haicap.core.internal.Csv;
import org.haicap.core.text.VietnameseText;

/**
 * Writes CSV (RFC 4180) in UTF-8 (ghi tệp CSV): fields containing the delimiter, a quote, CR or
 * LF, or starting or ending with a space, are quoted with their quotes doubled; records end with
 * CRLF; text is NFC-normalised.
 *
 * <p>Two presets:
 * <ul>
 *   <li>{@link Options#humanFacing()} (for exports people open in a spreadsheet, and the one the
 *       reports use): writes a UTF-8 byte order mark so that Excel shows Vietnamese correctly, and
 *       neutralises formulas: a cell that starts with {@code =}, {@code +}, {@code -},
 *       {@code @}, a tab or a CR (or their full-width forms {@code ＝＋－＠}) is prefixed with an
 *       apostrophe {@code '}, so that a spreadsheet shows it as text instead of running it
 *       (CSV/formula injection, OWASP). Plain numbers such as {@code -5}, {@code +84912345678} or
 *       {@code -1,5} are left alone: they cannot be formulas. Neutralising changes the data, so it
 *       is not for files that programs read back;</li>
 *   <li>{@link Options#machine()} (for interchange): no byte order mark, cells exactly as given.</li>
 * </ul>
 *
 * <p>Not thread-safe: one writer per output. Closing it closes the output.
 */
public final class CsvWriter implements Closeable, Flushable {

    /**
     * How to write (tùy chọn ghi CSV). Immutable and thread-safe.
     *
     * @param delimiter the field separator, an ASCII character other than quote, CR and LF
     * @param byteOrderMark whether to start the output with a UTF-8 byte order mark
     * @param neutraliseFormulas whether to prefix cells that a spreadsheet would run as formulas
     */
    public record Options(char delimiter, boolean byteOrderMark, boolean neutraliseFormulas) {
        /**
         * Checks the delimiter.
         *
         * @throws IllegalArgumentException if the delimiter is a quote, CR, LF, NUL or not ASCII
         */
        public Options {
            if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == 0 || delimiter > 0x7F) {
                throw new IllegalArgumentException("dấu phân cách không hợp lệ / invalid delimiter: U+"
                        + String.format("%04X", (int) delimiter));
            }
        }

        /** Comma, byte order mark, formulas neutralised: for files people open in Excel. */
        public static Options humanFacing() {
            return new Options(',', true, true);
        }

        /** Comma, no byte order mark, cells unchanged: for files programs read. */
        public static Options machine() {
            return new Options(',', false, false);
        }

        /**
         * The same options with another delimiter.
         *
         * @param newDelimiter such as {@code ';'}
         * @return new options
         */
        public Options withDelimiter(char newDelimiter) {
            return new Options(newDelimiter, byteOrderMark, neutraliseFormulas);
        }
    }

    private final Writer out;
    private final Options options;
    private long rows;

    private CsvWriter(Writer out, Options options) {
        this.out = out;
        this.options = options;
    }

    /**
     * Starts writing to a stream (and writes the byte order mark if the options ask for one).
     *
     * @param out the output; closed when the writer is closed
     * @param options how to write
     * @return the writer
     * @throws IOException if writing the byte order mark fails
     */
    public static CsvWriter open(OutputStream out, Options options) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (options.byteOrderMark()) {
            w.write('\uFEFF');
        }
        return new CsvWriter(w, options);
    }

    /**
     * Writes one record.
     *
     * @param cells the cells, at least one, none null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if there are no cells
     */
    public void writeRow(List<String> cells) throws IOException {
        Objects.requireNonNull(cells, "cells");
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("một dòng CSV cần ít nhất một ô / a CSV record needs at least one cell");
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(options.delimiter());
            }
            // A lone blank cell would read back as a blank line, which readers skip: quote it.
            writeCell(Objects.requireNonNull(cells.get(i), "cell"), cells.size() == 1);
        }
        out.write("\r\n");
        rows++;
    }

    /**
     * Writes one record.
     *
     * @param cells the cells, none null
     * @throws IOException if writing fails
     */
    public void writeRow(String... cells) throws IOException {
        writeRow(Arrays.asList(cells));
    }

    /** The number of records written so far. */
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the output. */
    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeCell(String cell, boolean alone) throws IOException {
        String text = VietnameseText.nfc(cell);
        if (options.neutraliseFormulas()) {
            text = neutralise(text);
        }
        if (alone && text.isBlank()) {
            out.write(Csv.quoted(text));
        } else {
            out.write(Csv.quoteIfNeeded(text, options.delimiter(), true));
        }
    }

    /**
     * The cell as a spreadsheet should show it: prefixed with {@code '} when it starts with a
     * character that would make a spreadsheet run it as a formula ({@code = + - @}, tab, CR or
     * their full-width forms), unless it is a plain number.
     *
     * @param cell any text
     * @return the same text, or {@code "'" + cell}
     */
    public static String neutralise(String cell) {
        return Csv.neutraliseUnlessNumber(cell);
    }
}
