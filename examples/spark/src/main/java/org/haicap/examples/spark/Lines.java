package org.haicap.examples.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.io.LineReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;

/**
 * Turns one line's bytes, as Spark's Hadoop input gives them (split on LF only), into what
 * haicap's {@link LineReader} gives for the same line of the whole file: CR before LF dropped,
 * the BOM skipped on line 1 only, UTF-8 checked, over-long lines refused, and the location
 * naming the file's line number. Stateless.
 */
final class Lines {
    private static final Pattern OFFSET_EN = Pattern.compile("at byte offset (\\d+) of");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Lines() {
    }

    /**
     * The line's text or problem; empty for a blank line, which the JSON Lines reader skips.
     *
     * @param bytes the line without its LF
     * @param number the line's number in the file, from 1
     * @param offset the byte offset of the line's start in the file (named by INVALID_UTF8 problems)
     * @param source the file name
     */
    static Optional<RowResult<String>> decode(byte[] bytes, long number, long offset, String source) {
        // Fast path for a well-formed line; anything else goes to LineReader, which says why.
        int from = number == 1 && startsWithBom(bytes) ? BOM.length : 0;
        int to = bytes.length;
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        if (to - from <= LineReader.DEFAULT_MAX_LINE_BYTES) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
                return text.isBlank() ? Optional.empty()
                        : Optional.of(new RowResult.Accepted<>(text, SourceLocation.of(source, number, 1)));
            } catch (CharacterCodingException notUtf8) {
                // LineReader names the first bad byte
            }
        }
        boolean keepBom = number > 1 && startsWithBom(bytes);
        byte[] input = bytes;
        if (keepBom) {
            // LineReader skips a BOM only at the start of its stream; an empty line first keeps it.
            input = new byte[bytes.length + 1];
            input[0] = '\n';
            System.arraycopy(bytes, 0, input, 1, bytes.length);
        }
        RowResult<String> line;
        try (LineReader reader = new LineReader(new ByteArrayInputStream(input), source, LineReader.DEFAULT_MAX_LINE_BYTES)) {
            if (keepBom) {
                reader.next();
            }
            if (!reader.hasNext()) {
                return Optional.empty();
            }
            line = reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line instanceof RowResult.Accepted<String> a) {
            if (a.row().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new RowResult.Accepted<>(a.row(), SourceLocation.of(source, number, 1)));
        }
        ReadProblem p = ((RowResult.Refused<String>) line).problem();
        SourceLocation at = SourceLocation.of(source, number, p.location().column());
        String vi = p.vietnamese();
        String en = p.english();
        if (p.reason() == ReadProblem.Reason.INVALID_UTF8) {
            // LineReader names the offset in its own stream; make it the offset in the file.
            Matcher m = OFFSET_EN.matcher(en);
            if (m.find()) {
                long local = Long.parseLong(m.group(1));
                long inFile = local + offset - (keepBom ? 1 : 0);
                en = en.replace("at byte offset " + local + " of", "at byte offset " + inFile + " of");
                vi = vi.replace("tại vị trí byte " + local + " của", "tại vị trí byte " + inFile + " của");
            }
        }
        return Optional.of(new RowResult.Refused<>(new ReadProblem(at, p.reason(), vi, en, p.excerpt())));
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2];
    }
}
