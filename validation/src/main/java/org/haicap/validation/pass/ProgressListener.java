package org.haicap.validation.pass;

/**
 * Receives a {@link ValidationPass}'s {@link Progress} (nghe tiến độ): at the start of every
 * input, every few thousand rows and once at the end with {@code done}. It is called from the
 * threads that read, so it must be thread-safe and quick (store the latest value; print it on a
 * timer of your own). The library reads no clock: time left is for the listener to estimate.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = p -> { };

    /**
     * Called with the latest progress.
     *
     * @param progress how far the pass has come
     */
    void progress(Progress progress);
}
