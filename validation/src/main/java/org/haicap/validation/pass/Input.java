package org.haicap.validation.pass;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.haicap.core.io.Sources;

/**
 * One input of a {@link ValidationPass} (một tệp đầu vào): its name in findings and locations,
 * its {@link Format}, and how to open it — a file, or any stream the caller can open again, such
 * as a class-path resource or an upload. Gzip-compressed content is recognised by its magic
 * bytes and inflated. A file input knows its size (for the share done in {@link Progress}) and
 * can be split into byte ranges ({@link ByteRange}) when it is uncompressed JSON Lines.
 *
 * <p>Immutable and thread-safe (the opener must be).
 *
 * @param source the name used in findings, such as {@code dossiers.jsonl}; not blank
 * @param format how the content is written
 * @param opener opens a new stream of the raw (possibly compressed) bytes
 * @param file the file, when the input is one
 */
public record Input(String source, Format format, Opener opener, Optional<Path> file) {

    /** How an input is written. */
    public enum Format {
        /** One JSON document (the dataset, reported figures). */
        JSON,
        /** JSON Lines: one JSON object per line ({@code docs/interchange-format.md}). */
        JSON_LINES,
        /** CSV with a header row (RFC 4180). */
        CSV
    }

    /** Opens a new stream of an input's bytes. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens a new stream.
         *
         * @return the stream; the caller closes it
         * @throws IOException if it cannot be opened
         */
        InputStream open() throws IOException;
    }

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the source is blank
     */
    public Input {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(file, "file");
        if (source.isBlank()) {
            throw new IllegalArgumentException("tên đầu vào trống / blank input name");
        }
    }

    /**
     * A file in the given format; its name is the file name.
     *
     * @param file the file
     * @param format how it is written
     * @return the input
     */
    public static Input file(Path file, Format format) {
        Objects.requireNonNull(file, "file");
        return new Input(Sources.nameOf(file), format, () -> Files.newInputStream(file), Optional.of(file));
    }

    /**
     * A file whose format is named by its extension: {@code .csv} is CSV, {@code .jsonl} and
     * {@code .ndjson} JSON Lines, {@code .json} a JSON document, each optionally followed by
     * {@code .gz}.
     *
     * @param file the file
     * @return the input
     * @throws PassInputException if the extension names no format (the message says which
     *     are known; name the format with {@link #file(Path, Format)} instead)
     */
    public static Input file(Path file) {
        Objects.requireNonNull(file, "file");
        String name = Sources.nameOf(file).toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        Format format;
        if (name.endsWith(".csv")) {
            format = Format.CSV;
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            format = Format.JSON_LINES;
        } else if (name.endsWith(".json")) {
            format = Format.JSON;
        } else {
            throw new PassInputException(file.toString(), "đuôi tệp không cho biết định dạng (.csv, .jsonl, .ndjson,"
                    + " .json, có thể thêm .gz)", "the extension names no format (.csv, .jsonl, .ndjson, .json,"
                    + " optionally .gz)");
        }
        return file(file, format);
    }

    /**
     * A stream the caller can open again, such as a class-path resource.
     *
     * @param source the name used in findings
     * @param format how it is written
     * @param opener opens it
     * @return the input
     */
    public static Input of(String source, Format format, Opener opener) {
        return new Input(source, format, opener, Optional.empty());
    }

    /**
     * Opens the input, inflated if it is gzip-compressed.
     *
     * @return a buffered stream of the content; the caller closes it
     * @throws IOException if it cannot be opened
     */
    public InputStream open() throws IOException {
        return Sources.gunzipIfCompressed(new BufferedInputStream(opener.open(), 1 << 16));
    }

    /**
     * The size of the raw bytes, when the input is a file.
     *
     * @return the size, or empty for a stream or a file whose size cannot be read
     */
    public OptionalLong size() {
        if (file.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Files.size(file.get()));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
