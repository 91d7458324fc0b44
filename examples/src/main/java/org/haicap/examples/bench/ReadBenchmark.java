package org.haicap.examples.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.units.UnitCode;

/**
 * Measures reading a JSON Lines file of dossiers with {@link JsonLinesReader}: generates
 * {@code rows} dossiers (deterministic for a seed) into a temporary file with
 * {@link JsonLinesWriter}, then reads them back, binding and checking every record, and prints
 * rows per second, MB per second and the peak heap used while reading (the sum of the heap
 * pools' peaks, reset before reading), with the garbage collections it took. Run it with a small
 * heap ({@code -Xmx256m}) to see that memory does not grow with the file.
 *
 * <p>Usage: {@code java -Xmx256m -cp <jars> org.haicap.examples.bench.ReadBenchmark [rows]
 * [seed] [file]}; rows default 1,000,000, seed 1; the file is deleted at the end unless given.
 */
public final class ReadBenchmark {
    private static final Channel[] CHANNELS = Channel.values();

    private ReadBenchmark() {
    }

    /**
     * Runs the benchmark and prints the figures.
     *
     * @param args rows, seed, file (all optional)
     * @throws IOException if the temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        boolean keep = args.length > 2;
        Path file = keep ? Path.of(args[2]) : Files.createTempFile("haicap-dossiers-", ".jsonl");
        try {
            long w0 = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    JsonLinesWriter<Dossier> writer = JsonLinesWriter.open(out)) {
                SplittableRandom random = new SplittableRandom(seed);
                for (long i = 0; i < rows; i++) {
                    writer.write(dossier(random, i));
                }
            }
            long w1 = System.nanoTime();
            long bytes = Files.size(file);
            System.out.printf(Locale.ROOT, "wrote %,d dossiers, %,.1f MB in %.1f s: %,.0f rows/s, %.1f MB/s%n", rows,
                    bytes / 1e6, (w1 - w0) / 1e9, rows / ((w1 - w0) / 1e9), bytes / 1e6 / ((w1 - w0) / 1e9));

            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long gcCount0 = gcCount();
            long gcTime0 = gcTime();
            long[] seen = new long[2];
            JsonLinesReader<Dossier> reader = JsonLinesReader.of(Dossier.class).withRecordIdField("code");
            long r0 = System.nanoTime();
            ReadSummary summary = reader.read(file, new RowHandler<Dossier>() {
                @Override
                public void accepted(Dossier row, SourceLocation at) {
                    seen[0] += row.history().size();
                }

                @Override
                public void refused(ReadProblem problem) {
                    if (seen[1]++ < 5) {
                        System.out.println(problem);
                    }
                }
            });
            long r1 = System.nanoTime();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            double s = (r1 - r0) / 1e9;
            System.out.printf(Locale.ROOT, "read  %s (%,d status changes) in %.1f s: %,.0f rows/s, %.1f MB/s%n",
                    summary, seen[0], s, summary.read() / s, bytes / 1e6 / s);
            System.out.printf(Locale.ROOT, "peak heap while reading: %.1f MB of max %.0f MB; %d GCs, %d ms%n",
                    peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, gcCount() - gcCount0, gcTime() - gcTime0);
            System.out.printf(Locale.ROOT, "java %s, %s %s, %d processors%n", System.getProperty("java.version"),
                    System.getProperty("os.name"), System.getProperty("os.arch"),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Dossier number {@code i}: a random procedure, unit, channel and history, all legal. */
    static Dossier dossier(SplittableRandom random, long i) {
        LocalDateTime received = LocalDateTime.of(2025, 7, 1, 7, 30).plusMinutes(random.nextInt(60 * 24 * 180));
        LocalDate day = received.toLocalDate();
        Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
        Dossier d = Dossier.receive(DossierCode.of("H26.UBND", day, i % 10_000_000L, 7),
                ProcedureCode.of(String.format(Locale.ROOT, "%d.%06d", 1 + random.nextInt(2), random.nextInt(1_000_000))),
                UnitCode.of(String.format(Locale.ROOT, "%05d", random.nextInt(32_000))), channel, received);
        LocalDateTime t = received;
        if (d.status() == DossierStatus.NEW) {
            t = t.plusMinutes(5 + random.nextInt(600));
            d = d.transition(DossierStatus.ACCEPTED, t);
        }
        int steps = random.nextInt(4);
        if (steps >= 1) {
            t = t.plusHours(1 + random.nextInt(48));
            d = d.transition(DossierStatus.PROCESSING, t);
        }
        if (steps >= 2) {
            t = t.plusHours(1 + random.nextInt(96));
            d = d.transition(DossierStatus.PROCESSED, t);
        }
        if (steps >= 3) {
            t = t.plusHours(1 + random.nextInt(24));
            d = d.transition(DossierStatus.RESULT_RETURNED, t, "Đã trả kết quả tại bộ phận một cửa");
        }
        return d.withDue(received.plusDays(3 + random.nextInt(12)));
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcTime() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }
}
