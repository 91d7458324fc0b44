package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.haicap.core.dataset.Dataset;

/**
 * Writes a dataset document (ghi tài liệu bộ dữ liệu) that {@link DatasetReader} reads back to
 * an equal {@link Dataset}.
 *
 * <p>The output is deterministic, so that datasets kept in version control diff line by line: the
 * same dataset always gives the same bytes. UTF-8 without a byte order mark, {@code \n} line ends
 * (the last line too), two-space indentation, {@code "name": value}; members in a fixed order
 * ({@code format}, {@code version}, {@code info}, then the sections in the order of
 * {@link DatasetReader}'s description), records in dataset order, each record's members in the
 * order of its components, sets written in a fixed order (enum order, or sorted ids), empty
 * optionals omitted, text in NFC. Every section is written, empty or not.
 *
 * <p>This class is immutable and thread-safe: it only has static methods.
 */
public final class DatasetWriter {
    private static final JsonMapper MAPPER = HaicapJson.newMapper();

    private DatasetWriter() {
    }

    /**
     * Writes {@code dataset} to {@code out} (and does not close it).
     *
     * @param dataset the dataset
     * @param out the output
     * @throws IOException if writing fails
     */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        pretty.indentObjectsWith(indent);
        pretty.indentArraysWith(indent);
        // The generator keeps its one pretty printer (and its nesting) across the records written into it.
        ObjectWriter writer = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("format", DatasetReader.FORMAT);
            g.writeStringField("version", DatasetReader.VERSION);
            g.writeFieldName("info");
            writer.writeValue(g, dataset.info());
            for (DatasetSections.Section<?> s : DatasetSections.ALL) {
                g.writeArrayFieldStart(s.name());
                for (Object record : s.get().apply(dataset)) {
                    writer.writeValue(g, record);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * Writes {@code dataset} to a file, replacing it.
     *
     * @param dataset the dataset
     * @param file the file
     * @throws IOException if writing fails
     */
    public static void write(Dataset dataset, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(dataset, out);
        }
    }

    /**
     * The document as bytes.
     *
     * @param dataset the dataset
     * @return UTF-8 bytes
     */
    public static byte[] toBytes(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(dataset, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
