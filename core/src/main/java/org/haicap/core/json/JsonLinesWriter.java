package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes JSON Lines (ghi tệp JSON Lines): one compact JSON object per line, UTF-8 without a byte
 * order mark, each line ending with LF (the last one too), text in NFC, dates as ISO strings,
 * empty Optionals omitted. What it writes, {@link JsonLinesReader} reads back to equal objects.
 *
 * <p>Not thread-safe: one writer per output. Closing it closes the output.
 *
 * @param <T> the row type
 */
public final class JsonLinesWriter<T> implements Closeable, Flushable {
    private final JsonGenerator generator;
    private final ObjectWriter writer;
    private long rows;

    private JsonLinesWriter(JsonGenerator generator, ObjectWriter writer) {
        this.generator = generator;
        this.writer = writer;
    }

    /**
     * Starts writing to a stream.
     *
     * @param <T> the row type
     * @param out the output; closed when the writer is closed
     * @return the writer
     * @throws IOException if the output cannot be written
     */
    public static <T> JsonLinesWriter<T> open(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        JsonMapper mapper = HaicapJson.newMapper();
        JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
        g.setRootValueSeparator(null);
        return new JsonLinesWriter<>(g, mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE));
    }

    /**
     * Writes one row as one line.
     *
     * @param row the row, not null
     * @throws IOException if writing fails
     */
    public void write(T row) throws IOException {
        Objects.requireNonNull(row, "row");
        writer.writeValue(generator, row);
        generator.writeRaw('\n');
        rows++;
    }

    /** The number of rows written so far. */
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    /** Flushes and closes the output. */
    @Override
    public void close() throws IOException {
        generator.close();
    }
}
