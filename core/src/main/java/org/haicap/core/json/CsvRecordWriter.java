package org.haicap.core.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.haicap.core.io.CsvWriter;

/**
 * Writes records of one type as CSV rows under a fixed header (ghi bản ghi ra CSV), for
 * programs to read back: {@link CsvWriter.Options#machine()} (no byte order mark, cells exactly as
 * given, CRLF record ends). Made by {@link DossierCsv#writer} and {@link PaymentCsv#writer}; the
 * header is written on opening.
 *
 * <p>Not thread-safe: one writer per output. Closing it closes the output.
 *
 * @param <T> the record type
 */
public final class CsvRecordWriter<T> implements Closeable, Flushable {
    private final CsvWriter csv;
    private final Function<? super T, String[]> cells;
    private long rows;

    CsvRecordWriter(OutputStream out, List<String> header, Function<? super T, String[]> cells) throws IOException {
        this.csv = CsvWriter.open(Objects.requireNonNull(out, "out"), CsvWriter.Options.machine());
        this.cells = cells;
        csv.writeRow(header);
    }

    /**
     * Writes one record as one row.
     *
     * @param record the record, not null
     * @throws IOException if writing fails
     */
    public void write(T record) throws IOException {
        csv.writeRow(cells.apply(Objects.requireNonNull(record, "record")));
        rows++;
    }

    /** The number of records written so far (the header not counted). */
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    /** Flushes and closes the output. */
    @Override
    public void close() throws IOException {
        csv.close();
    }
}
