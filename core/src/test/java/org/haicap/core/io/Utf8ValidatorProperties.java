package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class Utf8ValidatorProperties {

    /** The byte-by-byte scan, as the reference for the one that skips ASCII words. */
    private static int reference(byte[] bytes, int from, int to) {
        Utf8Validator v = new Utf8Validator();
        int start = from;
        for (int i = from; i < to; i++) {
            if (!v.inSequence()) {
                start = i;
            }
            if (v.accept(bytes[i] & 0xFF) == Utf8Validator.INVALID) {
                return start;
            }
        }
        return v.inSequence() ? start : -1;
    }

    @Property(tries = 1000)
    void findsTheSameFirstInvalidSequenceAsAByteByByteScan(@ForAll @Size(max = 60) byte[] noise,
            @ForAll("text") String text, @ForAll @IntRange(min = 0, max = 100) int cut, @ForAll boolean addNoise) {
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + (addNoise ? noise.length : 0)];
        System.arraycopy(good, 0, bytes, 0, good.length);
        if (addNoise) {
            System.arraycopy(noise, 0, bytes, Math.min(cut, good.length), Math.min(noise.length,
                    bytes.length - Math.min(cut, good.length)));
        }
        int to = bytes.length - Math.min(cut % 3, bytes.length);
        assertEquals(reference(bytes, 0, to), Utf8Validator.firstInvalid(bytes, 0, to));
        int from = Math.min(cut % 5, to);
        assertEquals(reference(bytes, from, to), Utf8Validator.firstInvalid(bytes, from, to));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> text() {
        return net.jqwik.api.Arbitraries.strings().withChars("abcXYZ019 {}\":,ăâđêôơưÀÁẢÃẠảạếềểễệ😀")
                .ofMaxLength(50);
    }
}
