package org.haicap.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

/**
 * The frame of haicap's compact binary resources (the 2025 catalogue, the catalogue of 30 June
 * 2025): a 16-byte header — 4 magic bytes, the format version, the payload's length and its
 * CRC-32, each a big-endian int — then the payload. Written once here for every resource, so a
 * damaged or foreign file is refused the same way, naming the resource. Not API: core's
 * internal package. Thread-safe: static methods only.
 */
public final class BinaryFrame {

    /** The header's length in bytes; the payload starts here. */
    public static final int HEADER = 16;

    private BinaryFrame() {
    }

    /**
     * The framed bytes of a payload.
     *
     * @param magic 4 bytes naming the format
     * @param version the format version
     * @param payload the payload
     * @return header and payload
     */
    public static byte[] frame(byte[] magic, int version, byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + HEADER);
        out.writeBytes(magic);
        writeInt(out, version);
        writeInt(out, payload.length);
        writeInt(out, (int) crc.getValue());
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /**
     * Checks the header of framed bytes: magic, version, length and CRC-32.
     *
     * @param bytes the framed bytes
     * @param source names them in messages
     * @param magic the 4 bytes expected
     * @param version the version this reader reads
     * @param whatVi what the bytes should be, in Vietnamese ("danh mục nhị phân của haicap")
     * @param whatEn the same in English ("a haicap binary catalogue")
     * @throws IllegalStateException naming {@code source} and what is wrong
     */
    public static void check(byte[] bytes, String source, byte[] magic, int version, String whatVi, String whatEn) {
        if (bytes.length < HEADER || bytes[0] != magic[0] || bytes[1] != magic[1] || bytes[2] != magic[2]
                || bytes[3] != magic[3]) {
            throw corrupt(source, "không phải " + whatVi, "not " + whatEn);
        }
        int found = int32(bytes, 4);
        if (found != version) {
            throw corrupt(source, "phiên bản " + found + ", thư viện đọc phiên bản " + version,
                    "version " + found + ", this library reads version " + version);
        }
        int length = int32(bytes, 8);
        if (length != bytes.length - HEADER) {
            throw corrupt(source, "độ dài " + (bytes.length - HEADER) + " byte, cần " + length,
                    "length " + (bytes.length - HEADER) + " bytes, expected " + length);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, HEADER, length);
        if ((int) crc.getValue() != int32(bytes, 12)) {
            throw corrupt(source, "sai mã kiểm tra CRC-32", "CRC-32 mismatch");
        }
    }

    /**
     * The bytes of a class-path resource next to {@code owner}.
     *
     * @param owner the class whose package holds the resource
     * @param resource the resource's name
     * @param regenerateVi how to make it again, in Vietnamese
     * @param regenerateEn the same in English
     * @return its bytes
     * @throws IllegalStateException if it is missing
     * @throws UncheckedIOException if it cannot be read
     */
    public static byte[] resource(Class<?> owner, String resource, String regenerateVi, String regenerateEn) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                String folder = owner.getPackageName().replace('.', '/');
                throw new IllegalStateException("thiếu tài nguyên " + resource + " trong " + folder + " (" + regenerateVi
                        + ") / resource " + resource + " is missing from " + folder + " (" + regenerateEn + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** The refusal of damaged bytes: {@code source: vi / en}. */
    public static IllegalStateException corrupt(String source, String vi, String en) {
        return new IllegalStateException(source + ": " + vi + " / " + en);
    }

    /** The big-endian int at {@code at}. */
    public static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
