package org.haicap.examples.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Prints the progress of a long read as one line at a time on a stream (standard error): the
 * first line soon after the start, even before anything was read ({@code haicap: đang đọc /
 * reading… 0:00}), then one line every few seconds with the rows and megabytes read so far and,
 * when the total size is known, the share done and the time left.
 *
 * <p>Whoever reads feeds it snapshots through {@link #update} from any thread; that call only
 * replaces one reference, so it is cheap enough to call for every row. A daemon timer calls
 * {@link #tick()}; {@link #close()} stops it and nothing is printed after it returns. The clock is
 * passed in ({@link LongSupplier} of nanoseconds), so a test drives {@link #tick()} itself under
 * a fake clock. Thread-safe.
 */
public final class ProgressPrinter implements AutoCloseable {

    /** The delay before the first line by default: half a second. */
    public static final Duration FIRST_DELAY = Duration.ofMillis(500);
    /** The time between lines by default: three seconds. */
    public static final Duration PERIOD = Duration.ofSeconds(3);

    /** What was read so far. */
    private record Snapshot(String source, long rows, long bytes, long totalBytes) {
    }

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long start;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final Object printing = new Object();
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    /**
     * Starts printing to {@code out} with the default delays and the system's clock.
     *
     * @param out where the lines go, usually standard error
     */
    public ProgressPrinter(PrintStream out) {
        this(out, FIRST_DELAY, PERIOD, System::nanoTime);
    }

    /**
     * Starts printing to {@code out}: the first line after {@code firstDelay}, then one every
     * {@code period}.
     *
     * @param out where the lines go
     * @param firstDelay the delay before the first line, at most one second so a person sees that
     *     something happens
     * @param period the time between lines, positive
     * @param nanoTime the clock, in nanoseconds (as {@link System#nanoTime()})
     * @throws IllegalArgumentException if a delay is negative, the first over one second, or the
     *     period is not positive
     */
    public ProgressPrinter(PrintStream out, Duration firstDelay, Duration period, LongSupplier nanoTime) {
        this(out, firstDelay, period, nanoTime, true);
    }

    private ProgressPrinter(PrintStream out, Duration firstDelay, Duration period, LongSupplier nanoTime, boolean schedule) {
        this.out = Objects.requireNonNull(out, "out");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(period, "period");
        if (firstDelay.isNegative() || firstDelay.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("độ trễ đầu phải từ 0 đến 1 giây / the first delay must be 0 to 1 second: " + firstDelay);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("chu kỳ phải dương / the period must be positive: " + period);
        }
        this.start = nanoTime.getAsLong();
        if (schedule) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "haicap-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::tickQuietly, firstDelay.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
        } else {
            timer = null;
        }
    }

    /**
     * A printer without a timer: lines are printed only when {@link #tick()} is called. For tests
     * and for callers that have their own timer.
     *
     * @param out where the lines go
     * @param nanoTime the clock, in nanoseconds
     * @return the printer, its start the clock's current value
     */
    public static ProgressPrinter unscheduled(PrintStream out, LongSupplier nanoTime) {
        return new ProgressPrinter(out, Duration.ZERO, PERIOD, nanoTime, false);
    }

    /**
     * Records what was read so far; the next line shows it. Cheap and lock-free; callable from
     * any thread, also after {@link #close()} (then ignored).
     *
     * @param source what is being read, e.g. a file name
     * @param rows the rows read so far
     * @param bytes the bytes read so far
     * @param totalBytes the size of the whole input, {@code -1} if unknown
     */
    public void update(String source, long rows, long bytes, long totalBytes) {
        latest.set(new Snapshot(Objects.requireNonNull(source, "source"), rows, bytes, totalBytes));
    }

    /** Prints one line now, unless closed. The timer calls it; a test may call it directly. */
    public void tick() {
        synchronized (printing) {
            if (closed) {
                return;
            }
            out.println(line());
            out.flush();
        }
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            // a progress line is not worth failing the run for
        }
    }

    /** The line {@link #tick()} prints now. */
    String line() {
        long elapsed = Math.max(0, nanoTime.getAsLong() - start);
        Snapshot s = latest.get();
        if (s == null) {
            return "haicap: đang đọc / reading… " + clock(elapsed);
        }
        StringBuilder b = new StringBuilder("haicap: đang đọc / reading ").append(Values.printable(s.source()))
                .append(": ").append(s.rows()).append(" dòng / rows, ").append(megabytes(s.bytes()));
        if (s.totalBytes() > 0) {
            long bytes = Math.min(s.bytes(), s.totalBytes());
            b.append(" / ").append(megabytes(s.totalBytes())).append(" MB, ").append(bytes * 100 / s.totalBytes()).append('%');
            if (bytes > 0) {
                long left = (long) ((double) elapsed * (s.totalBytes() - bytes) / bytes);
                b.append(", còn / left ").append(clock(left));
            }
        } else {
            b.append(" MB");
        }
        return b.append(", ").append(clock(elapsed)).toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from one hour. */
    private static String clock(long nanos) {
        long seconds = nanos / 1_000_000_000L;
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long sec = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec) : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /** Stops the timer; nothing is printed after this returns. Idempotent. */
    @Override
    public void close() {
        synchronized (printing) {
            closed = true;
        }
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
