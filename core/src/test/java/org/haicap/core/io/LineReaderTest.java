package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.haicap.core.io.ReadProblem.Reason;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<RowResult<String>> lines(byte[] bytes, int max) {
        List<RowResult<String>> all = new ArrayList<>();
        LineReader r = new LineReader(new ByteArrayInputStream(bytes), "t.txt", max);
        r.forEachRemaining(all::add);
        return all;
    }

    private static List<RowResult<String>> lines(String text) {
        return lines(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    private static String text(RowResult<String> r) {
        return ((RowResult.Accepted<String>) r).row();
    }

    private static ReadProblem problem(RowResult<String> r) {
        return ((RowResult.Refused<String>) r).problem();
    }

    @Test
    void lfCrlfAndLoneCr() {
        List<RowResult<String>> all = lines("a\r\nb\nc\rd\n");
        assertEquals(List.of("a", "b", "c\rd"), all.stream().map(LineReaderTest::text).toList());
        assertEquals(3, all.get(2).location().line());
    }

    @Test
    void emptyStreamFinalNewlineAndMissingNewline() {
        assertEquals(0, lines("").size());
        assertEquals(1, lines("\n").size());
        assertEquals(List.of("a", "b"), lines("a\nb").stream().map(LineReaderTest::text).toList());
        assertEquals(List.of("a", ""), lines("a\n\n").stream().map(LineReaderTest::text).toList());
    }

    @Test
    void byteOrderMarkOnlyAtTheStart() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'y'};
        List<RowResult<String>> all = lines(bytes, 100);
        assertEquals("x", text(all.get(0)));
        assertEquals("\uFEFFy", text(all.get(1)));
    }

    @Test
    void lineLimitIsExactAndDoesNotCountTheLineEnding() {
        List<RowResult<String>> all = lines("12345\r\n123456\n1234\n".getBytes(StandardCharsets.UTF_8), 5);
        assertEquals("12345", text(all.get(0)));
        ReadProblem p = problem(all.get(1));
        assertEquals(Reason.LINE_TOO_LONG, p.reason());
        assertEquals(2, p.location().line());
        assertTrue(p.english().contains("6 bytes"), p.english());
        assertEquals("1234", text(all.get(2)));
        assertEquals(3, all.get(2).location().line());
    }

    @Test
    void invalidUtf8Forms() {
        // overlong '/', encoded surrogate, byte never used, truncated sequence, above U+10FFFF
        byte[][] bad = {{'a', (byte) 0xC0, (byte) 0xAF}, {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {'a', (byte) 0xFF}, {'a', (byte) 0xE1, (byte) 0x80}, {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (byte[] b : bad) {
            ReadProblem p = problem(lines(b, 100).get(0));
            assertEquals(Reason.INVALID_UTF8, p.reason());
            assertEquals(2, p.location().column());
            assertTrue(p.english().contains("byte offset 1"), p.english());
        }
        assertEquals("a\uD83D\uDE00ệ", text(lines("a\uD83D\uDE00ệ").get(0)));
    }

    @Test
    void byteOffsetsCountEarlierLinesAndTheBom() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', (byte) 0xC3, 'c', '\n'};
        ReadProblem p = problem(lines(bytes, 100).get(1));
        assertTrue(p.english().contains("byte offset 6"), p.english());
        assertEquals("t.txt:2:2", p.location().toString());
    }

    @Test
    void iteratorAndReadLineAgree() throws IOException {
        LineReader r = new LineReader(new ByteArrayInputStream("a\nb".getBytes(StandardCharsets.UTF_8)), "t", 10);
        assertTrue(r.hasNext());
        assertEquals("a", text(r.readLine().orElseThrow()));
        assertEquals(1, r.lineNumber());
        assertEquals("b", text(r.next()));
        assertFalse(r.hasNext());
        assertTrue(r.readLine().isEmpty());
        assertThrows(NoSuchElementException.class, r::next);
    }

    @Test
    void argumentsAreChecked() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> new LineReader(in, " ", 10));
        assertThrows(IllegalArgumentException.class, () -> new LineReader(in, "t", 0));
    }

    /** The byte sink sees the same lines and problems as the text reader, also when both are mixed. */
    @Test
    void theByteSinkReadsTheSameLines() throws IOException {
        byte[] bytes = ("\uFEFFa\r\n\r\nxé\r\n" + "y".repeat(12) + "\nb\rc\n \u3000\nlast")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        withBad[bytes.length] = '\n';
        withBad[bytes.length + 1] = (byte) 0xC3;
        withBad[bytes.length + 2] = 'z';
        for (byte[] input : List.of(bytes, withBad)) {
            List<RowResult<String>> expected = lines(input, 10);
            LineReader.LineSink<RowResult<String>> sink = new LineReader.LineSink<>() {
                @Override
                public RowResult<String> line(byte[] b, int offset, int length, SourceLocation at) {
                    return new RowResult.Accepted<>(new String(b, offset, length, StandardCharsets.UTF_8), at);
                }

                @Override
                public RowResult<String> refused(ReadProblem problem) {
                    return new RowResult.Refused<>(problem);
                }
            };
            for (int mix = 0; mix < 3; mix++) {
                List<RowResult<String>> got = new ArrayList<>();
                LineReader r = new LineReader(new ByteArrayInputStream(input), "t.txt", 10);
                for (int i = 0;; i++) {
                    if (mix == 1 && i % 2 == 1 && r.hasNext()) {
                        // a line looked at by hasNext() is then handed to the sink
                        got.add(r.readLine(sink).orElseThrow());
                        continue;
                    }
                    java.util.Optional<RowResult<String>> next = mix == 2 && i % 2 == 0 ? r.readLine() : r.readLine(sink);
                    if (next.isEmpty()) {
                        break;
                    }
                    got.add(next.get());
                }
                assertEquals(expected, got, "mix " + mix);
            }
            assertEquals(Reason.LINE_TOO_LONG, problem(expected.get(3)).reason());
        }
        assertEquals(Reason.INVALID_UTF8, problem(lines(withBad, 10).get(lines(withBad, 10).size() - 1)).reason());
    }
}
