package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress lines under a fake clock, driven by {@code tick()}: no timing in the test. */
class ProgressPrinterTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(42 * SECOND);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theFirstLineSaysReadingEvenBeforeAnyUpdate() {
        try (ProgressPrinter p = ProgressPrinter.unscheduled(err, clock::get)) {
            clock.addAndGet(SECOND / 2);
            p.tick();
        }
        assertEquals(List.of("haicap: đang đọc / reading… 0:00"), lines());
    }

    @Test
    void rowsMegabytesShareAndTimeLeftWhenTheSizeIsKnown() {
        try (ProgressPrinter p = ProgressPrinter.unscheduled(err, clock::get)) {
            clock.addAndGet(10 * SECOND);
            p.update("dossiers.csv", 120_000, 12_000_000, 48_000_000);
            p.tick();
            clock.addAndGet(20 * SECOND);
            p.update("dossiers.csv", 360_000, 36_000_000, 48_000_000);
            p.tick();
        }
        assertEquals(List.of(
                "haicap: đang đọc / reading dossiers.csv: 120000 dòng / rows, 12.0 / 48.0 MB, 25%, còn / left 0:30, 0:10",
                "haicap: đang đọc / reading dossiers.csv: 360000 dòng / rows, 36.0 / 48.0 MB, 75%, còn / left 0:10, 0:30"),
                lines());
    }

    @Test
    void withoutASizeOnlyRowsAndMegabytes() {
        try (ProgressPrinter p = ProgressPrinter.unscheduled(err, clock::get)) {
            clock.addAndGet(3725 * SECOND);
            p.update("payments.jsonl.gz", 7, 1_500_000, -1);
            p.tick();
        }
        assertEquals(List.of("haicap: đang đọc / reading payments.jsonl.gz: 7 dòng / rows, 1.5 MB, 1:02:05"), lines());
    }

    @Test
    void nothingIsPrintedAfterClose() {
        ProgressPrinter p = ProgressPrinter.unscheduled(err, clock::get);
        p.tick();
        p.close();
        p.update("x", 1, 1, 2);
        p.tick();
        p.close();
        assertEquals(1, lines().size(), lines().toString());
    }

    @Test
    void aScheduledPrinterStopsOnClose() {
        ProgressPrinter p = new ProgressPrinter(err, Duration.ofSeconds(1), Duration.ofHours(1), clock::get);
        p.close();
        p.tick();
        assertEquals(List.of(), lines());
    }

    @Test
    void theFirstLineComesWithinASecond() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProgressPrinter(err, Duration.ofMillis(1001), Duration.ofSeconds(3), clock::get));
        assertThrows(IllegalArgumentException.class,
                () -> new ProgressPrinter(err, Duration.ZERO, Duration.ZERO, clock::get));
    }
}
