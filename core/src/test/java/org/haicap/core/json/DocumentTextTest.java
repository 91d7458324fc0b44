package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.haicap.core.io.ReadProblem.Reason;
import org.junit.jupiter.api.Test;

/** The streamed text keeps a bounded window, and what it is asked to keep. */
class DocumentTextTest {
    private static DocumentText of(String s, long max) {
        return new DocumentText(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "t.json", max);
    }

    private static long drain(DocumentText t) throws IOException {
        char[] buf = new char[4000];
        long n = 0;
        for (int r; (r = t.read(buf, 0, buf.length)) >= 0;) {
            n += r;
        }
        return n;
    }

    @Test
    void betweenRecordsOnlyATailIsKept() throws IOException {
        DocumentText t = of(" ".repeat(1 << 20) + "x", Long.MAX_VALUE);
        assertEquals((1 << 20) + 1, drain(t));
        assertEquals((1 << 20) + 1, t.end());
        assertTrue(t.end() - t.start() <= DocumentText.TAIL + 4000 + 16 * 1024, "held " + (t.end() - t.start()));
        assertEquals("x", t.text(t.end() - 1, t.end()));
    }

    @Test
    void aRecordBeingReadIsKeptWhole() throws IOException {
        DocumentText t = of("ab" + "é".repeat(300_000) + "z", Long.MAX_VALUE);
        char[] two = new char[2];
        assertEquals(2, t.read(two, 0, 2));
        t.keepFrom(1);
        drain(t);
        assertEquals(1, t.start());
        assertEquals("bé", t.text(1, 3));
        assertEquals(300_002, t.codePoints(1, t.end()));
    }

    @Test
    void aByteOrderMarkIsSkippedAndTheLimitCountsBytes() throws IOException {
        DocumentText t = of("\uFEFF{}", 5);
        assertEquals(2, drain(t));
        assertEquals("{}", t.text(0, 2));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> drain(of("\uFEFF{} ", 5)));
        assertEquals(Reason.DOCUMENT_TOO_LONG, e.problem().reason());
    }
}
