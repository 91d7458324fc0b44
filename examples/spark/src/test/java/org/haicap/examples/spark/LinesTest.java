package org.haicap.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.haicap.core.io.LineReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowResult;
import org.junit.jupiter.api.Test;

/** Line by line, as Spark splits a file, gives what haicap's LineReader gives over the whole file. */
class LinesTest {

    @Test
    void splitLinesDecodeAsTheWholeFile() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.write("{\"a\":1}\r\n".getBytes(StandardCharsets.UTF_8));
        file.write("\n   \n".getBytes(StandardCharsets.UTF_8));
        file.write(new byte[] {'{', '"', 'b', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'});
        file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', '\n'});
        file.write("lone\rcr\n".getBytes(StandardCharsets.UTF_8));
        byte[] longLine = new byte[LineReader.DEFAULT_MAX_LINE_BYTES + 10];
        Arrays.fill(longLine, (byte) 'x');
        file.write(longLine);
        file.write("\nlast without LF".getBytes(StandardCharsets.UTF_8));
        byte[] all = file.toByteArray();

        List<RowResult<String>> whole = new ArrayList<>();
        try (LineReader r = new LineReader(new ByteArrayInputStream(all), "f.jsonl", LineReader.DEFAULT_MAX_LINE_BYTES)) {
            r.forEachRemaining(line -> {
                if (!(line instanceof RowResult.Accepted<String> a && a.row().isBlank())) {
                    whole.add(line);
                }
            });
        }
        List<RowResult<String>> split = new ArrayList<>();
        int start = 0;
        long number = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                if (i == all.length && start == i) {
                    break;
                }
                number++;
                // Hadoop drops the BOM of the file's first line itself; the offset stays the file's.
                int from = number == 1 ? start + 3 : start;
                Lines.decode(Arrays.copyOfRange(all, from, i), number, start, "f.jsonl").ifPresent(split::add);
                start = i + 1;
            }
        }
        assertEquals(whole, split);
        assertTrue(split.stream().anyMatch(r -> r instanceof RowResult.Refused<String> p
                && p.problem().reason() == ReadProblem.Reason.INVALID_UTF8 && p.problem().english().contains(" 23 ")),
                "the offset of the bad byte is the file's: " + split);
        assertTrue(split.stream().anyMatch(r -> r instanceof RowResult.Accepted<String> a && a.row().startsWith("\uFEFF")),
                "a BOM after line 1 is kept, as LineReader keeps it");
    }
}
