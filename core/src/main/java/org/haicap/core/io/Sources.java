package org.haicap.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Opening inputs for the readers (mở nguồn dữ liệu): buffered, and transparently decompressed
 * when the content is gzip (recognised by its magic bytes {@code 1F 8B}, whatever the file name).
 *
 * <p>This class is immutable and thread-safe: it only has static methods.
 */
public final class Sources {
    private static final int BUFFER = 64 * 1024;

    private Sources() {
    }

    /**
     * Opens a file for reading; the caller closes the stream.
     *
     * @param file the file
     * @return a buffered stream of the (decompressed) content
     * @throws IOException if the file cannot be opened or its gzip header is damaged
     */
    public static InputStream open(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        InputStream raw = Files.newInputStream(file);
        try {
            return gunzipIfCompressed(raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The stream itself (buffered) or, when it starts with the gzip magic bytes, its
     * decompressed content. Closing the result closes {@code in}.
     *
     * @param in any stream
     * @return a buffered stream
     * @throws IOException if reading the first bytes fails or the gzip header is damaged
     */
    public static InputStream gunzipIfCompressed(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        if (b1 == 0x1F && b2 == 0x8B) {
            return new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER);
        }
        return buffered;
    }

    /**
     * The name used in locations for a file: its file name without directories.
     *
     * @param file a path
     * @return the file name
     */
    public static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
