package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LineFeedProperties {

    @Property(tries = 500)
    void findsTheFirstLineFeedLikeAByteByByteScan(@ForAll @Size(max = 70) byte[] bytes,
            @ForAll @IntRange(min = 0, max = 70) int a, @ForAll @IntRange(min = 0, max = 70) int b,
            @ForAll @IntRange(min = 0, max = 69) int feedAt) {
        if (bytes.length > 0 && feedAt < bytes.length && feedAt % 3 == 0) {
            bytes[feedAt] = '\n';
        }
        int from = Math.min(Math.min(a, b), bytes.length);
        int to = Math.min(Math.max(a, b), bytes.length);
        int expected = from;
        while (expected < to && bytes[expected] != '\n') {
            expected++;
        }
        assertEquals(expected, LineReader.indexOfLineFeed(bytes, from, to));
    }
}
