package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @Test
    void gzipIsRecognisedByItsMagicBytes() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(zipped)) {
            out.write("Hà Nội".getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = Sources.gunzipIfCompressed(new ByteArrayInputStream(zipped.toByteArray()))) {
            assertEquals("Hà Nội", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = Sources.gunzipIfCompressed(new ByteArrayInputStream(new byte[] {0x1F}))) {
            assertEquals(1, in.readAllBytes().length);
        }
    }

    @Test
    void opensFilesAndNamesThem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "x");
        try (InputStream in = Sources.open(f)) {
            assertEquals("x", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("a.csv", Sources.nameOf(f));
    }
}
