package org.haicap.validation.pass;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far a {@link ValidationPass} has come (tiến độ): rows and raw bytes read so far over all
 * inputs, and the total bytes when every input's size is known. Immutable.
 *
 * @param source the input being read when this was taken
 * @param rows rows read so far (accepted and refused, every stream; dataset records not counted)
 * @param bytes raw bytes read so far (compressed bytes for a compressed input), every input
 * @param totalBytes the raw bytes of all inputs, or -1 when one has no known size
 * @param done whether the pass has read everything
 */
public record Progress(String source, long rows, long bytes, long totalBytes, boolean done) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a count is negative (total -1 aside)
     */
    public Progress {
        Objects.requireNonNull(source, "source");
        if (rows < 0 || bytes < 0 || totalBytes < -1) {
            throw new IllegalArgumentException("tiến độ âm / negative progress");
        }
    }

    /**
     * The share of the bytes read, from 0 to 1, when the total is known.
     *
     * @return the share, or empty when the total is unknown
     */
    public OptionalDouble share() {
        if (totalBytes < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(totalBytes == 0 ? 1.0 : Math.min(1.0, (double) bytes / totalBytes));
    }
}
