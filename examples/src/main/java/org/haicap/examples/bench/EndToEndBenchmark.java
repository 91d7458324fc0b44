package org.haicap.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.haicap.validation.pass.ByteRange;
import org.haicap.reporting.pass.ReportAggregates;
import org.haicap.reporting.pass.ReportPass;
import org.haicap.validation.pass.Input;
import org.haicap.validation.pass.PassContext;
import org.haicap.validation.pass.PassInputs;
import org.haicap.validation.pass.PassResult;
import org.haicap.validation.pass.StreamKind;
import org.haicap.validation.pass.ValidationPass;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DatasetValidator;
import org.haicap.validation.rules.DossierCheck;
import org.haicap.validation.rules.PaymentCheck;
import org.haicap.validation.rules.RuleParameters;

/**
 * The end-to-end benchmark on national data ({@link NationalDataGenerator}): validates the
 * reference data of the whole country, then reads, validates and aggregates the dossier and
 * payment streams with haicap ({@link JsonLinesReader} → {@link DossierCheck} /
 * {@link PaymentCheck} → {@link DossierAggregate} / {@link PaymentAggregate}, each file split into
 * byte ranges at line boundaries, one thread per range, results merged in file order), and, in
 * the same run on the same files, the floor (Jackson's streaming parser), the hand-written
 * baseline (Jackson databind, Hibernate Validator, HashMap counting) and DuckDB (when its driver
 * is on the class path). Prints rows/s, MB/s and peak heap of each, and the ratios.
 *
 * <p>Correctness inside the run: the findings must be exactly the defects the generator planted
 * (its manifest), and the three implementations that aggregate must give the same figures; the
 * program exits with status 1 otherwise.
 *
 * <p>Usage: {@code java -Xmx256m -cp haicap-bench.jar org.haicap.examples.bench.EndToEndBenchmark
 * <dir> [dossiers] [payments] [seed] [defectRate] [threads]}: generates into {@code dir} when it
 * has no manifest (defaults 1,000,000 dossiers, 500,000 payments, seed 1, rate 0.001, 2
 * threads). {@code -Dbench.repeat=N} runs each phase N times and keeps the fastest;
 * {@code -Dbench.phases=haicap} runs the haicap pipeline alone (for a profiler).
 */
public final class EndToEndBenchmark {

    /** One measured phase: bytes and rows handled, seconds, peak heap. */
    record Figure(String name, long bytes, long rows, double seconds, long peakHeap, long liveAfterGc, long gcs,
            long gcMillis) {
        double rowsPerSecond() {
            return rows / seconds;
        }

        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** The smallest heap, in bytes, with which the dataset phase runs (a 256 MB heap is enough). */
    static final long DATASET_PHASE_HEAP = 200L << 20;
    /** The largest heap in use just after a collection since the phase began: the live set plus what survived. */
    private static final java.util.concurrent.atomic.AtomicLong AFTER_GC = new java.util.concurrent.atomic.AtomicLong();

    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static {
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((n, hb) -> {
                    if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(n.getType())) {
                        com.sun.management.GarbageCollectionNotificationInfo info = com.sun.management
                                .GarbageCollectionNotificationInfo.from(
                                        (javax.management.openmbean.CompositeData) n.getUserData());
                        long used = 0;
                        for (Map.Entry<String, java.lang.management.MemoryUsage> u
                                : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (HEAP_POOLS.contains(u.getKey())) {
                                used += u.getValue().getUsed();
                            }
                        }
                        AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private final PrintStream out;
    private final int threads;
    private final List<String> failures = new ArrayList<>();

    EndToEndBenchmark(PrintStream out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    /**
     * Runs the benchmark.
     *
     * @param args directory, then optionally dossiers, payments, seed, defect rate, threads
     * @throws Exception if a file cannot be read or written, or DuckDB fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EndToEndBenchmark <dir> [dossiers] [payments] [seed] [defectRate] [threads]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long dossiers = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 1_000_000;
        long payments = args.length > 2 ? Long.parseLong(args[2].replace("_", "")) : dossiers / 2;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        double rate = args.length > 4 ? Double.parseDouble(args[4]) : 0.001;
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        if (!Files.exists(dir.resolve(NationalDataGenerator.MANIFEST))) {
            long t0 = System.nanoTime();
            new NationalDataGenerator(dossiers, payments, seed, rate).generate(dir);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", dir, (System.nanoTime() - t0) / 1e9);
        }
        EndToEndBenchmark b = new EndToEndBenchmark(System.out, threads);
        List<String> failures = b.run(dir);
        if (!failures.isEmpty()) {
            System.out.println("FAILED: " + failures);
            System.exit(1);
        }
        System.out.println("all checks passed");
    }

    /** Runs every phase on the files in {@code dir}; returns the failed checks (empty if none). */
    List<String> run(Path dir) throws Exception {
        // DatasetReader streams the document, so the national dataset (3,321 units, 104,193 people)
        // is read and validated within a 256 MB heap; below 200 MB the phase is skipped.
        return run(dir, Runtime.getRuntime().maxMemory() >= DATASET_PHASE_HEAP);
    }

    /** As {@link #run(Path)}, with or without the dataset phase. */
    List<String> run(Path dir, boolean datasetPhase) throws Exception {
        NationalDataGenerator.Manifest manifest = NationalDataGenerator.readManifest(dir);
        RuleParameters params = NationalDataGenerator.parameters();
        Path datasetFile = dir.resolve(NationalDataGenerator.DATASET);
        Path dossierFile = dir.resolve(NationalDataGenerator.DOSSIERS);
        Path paymentFile = dir.resolve(NationalDataGenerator.PAYMENTS);
        long streamBytes = Files.size(dossierFile) + Files.size(paymentFile);
        long streamRows = manifest.dossierLines() + manifest.paymentLines();
        out.printf(Locale.ROOT, "java %s, %s %s, %d processors, max heap %d MB, load average %.2f%n",
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "files: dataset %,d bytes; dossiers %,d lines, %,d bytes; payments %,d lines, %,d bytes;"
                        + " %d threads%n", Files.size(datasetFile), manifest.dossierLines(), Files.size(dossierFile),
                manifest.paymentLines(), Files.size(paymentFile), threads);

        // 2. Reference data of the whole country, every dataset rule: the first half of the pass.
        PassInputs inputs = PassInputs.builder().dataset(Input.file(datasetFile, Input.Format.JSON))
                .dossiers(Input.file(dossierFile, Input.Format.JSON_LINES))
                .payments(Input.file(paymentFile, Input.Format.JSON_LINES)).build();
        ReportPass reportPass = reportPass(params);
        ValidationPass.Prepared[] prepared = new ValidationPass.Prepared[1];
        long datasetRows = manifest.datasetPeople();
        Figure dsFloor = null;
        Figure dsValidate = null;
        if (!datasetPhase) {
            out.println("dataset phase skipped: the heap is below " + (DATASET_PHASE_HEAP >> 20) + " MB (the national"
                    + " dataset is held in memory once read); the streams' reference data is rebuilt by the generator"
                    + " instead");
            Dataset ds = new NationalDataGenerator(0, 0, 0, 0).dataset();
            prepared[0] = new ValidationPass.Prepared(new PassContext(ds, params, NationalDataGenerator.AS_OF,
                    ValidationResult.DEFAULT_SAMPLE_SIZE), ValidationResult.empty(), 0);
        } else {
        dsFloor = measure("floor: Jackson tokens of dataset.json", Files.size(datasetFile), datasetRows, () -> {
            try (InputStream in = Files.newInputStream(datasetFile);
                    com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory()
                            .createParser(in)) {
                long n = 0;
                while (p.nextToken() != null) {
                    n++;
                }
                return n;
            }
        });
        dsValidate = measure("haicap: read dataset.json + every dataset rule", Files.size(datasetFile),
                datasetRows, () -> {
                    ValidationPass.Prepared p = reportPass.validationPass().prepare(inputs);
                    ValidationResult r = p.findings();
                    Dataset ds = p.context().dataset();
                    check("dataset: no errors or warnings (" + r.ruleIds() + ")",
                            r.count(Severity.ERROR) + r.count(Severity.WARNING) == 0);
                    check("dataset: people " + ds.people().size(), ds.people().size() == manifest.datasetPeople());
                    // the streams need the units, people, organisations and procedures only: the
                    // posts and appointments of the whole country are let go before the next phases
                    Dataset streams = Dataset.builder(DatasetInfo.of("streams", NationalDataGenerator.AS_OF))
                            .units(ds.units()).people(ds.people()).organisations(ds.organisations())
                            .procedures(ds.procedures()).build();
                    prepared[0] = new ValidationPass.Prepared(new PassContext(streams, p.context().parameters(),
                            p.context().asOf(), p.context().sampleSize()), p.findings(), p.refused());
                    return r;
                });
        }

        // The files into the page cache first, so that no phase pays for the disk.
        for (Path f : List.of(dossierFile, paymentFile)) {
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 20];
                while (in.read(buf) >= 0) {
                    // just read
                }
            }
        }
        List<ByteRange> dp = ByteRange.split(dossierFile, threads);
        List<ByteRange> pp = ByteRange.split(paymentFile, threads);

        // 1. read + validate + aggregate, and the comparisons, on the same files.
        java.util.Set<String> phases = java.util.Set.of(System.getProperty("bench.phases",
                "floor,haicap,baseline,duckdb").split(","));
        if (!phases.containsAll(java.util.Set.of("floor", "haicap", "baseline"))) {
            // Profiling one phase (-Dbench.phases=haicap): run it alone, no table.
            for (int r = 0; r < Integer.getInteger("bench.repeat", 1); r++) {
                long t0 = System.nanoTime();
                haicap(reportPass, prepared[0], inputs, manifest);
                out.printf(Locale.ROOT, "haicap alone: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            }
            return failures;
        }
        long[] floorCounts = new long[3];
        Figure floor = measure("floor: Jackson streaming parser, every token", streamBytes, streamRows, () -> {
            java.util.Arrays.fill(floorCounts, 0);
            for (List<ByteRange> pieces : List.of(dp, pp)) {
                for (long[] r : parallel(pieces, Comparisons::floor)) {
                    for (int i = 0; i < 3; i++) {
                        floorCounts[i] += r[i];
                    }
                }
            }
            return floorCounts;
        });
        Tallies[] haicapTallies = new Tallies[1];
        Figure haicap = measure("haicap: read + validate + aggregate", streamBytes, streamRows, () -> {
            haicapTallies[0] = haicap(reportPass, prepared[0], inputs, manifest);
            return haicapTallies[0];
        });
        Tallies[] baselineTallies = new Tallies[1];
        long[] baselineStats = new long[2];
        Figure baseline;
        try (Comparisons.Baseline hand = new Comparisons.Baseline(NationalDataGenerator.AS_OF)) {
            baseline = measure("baseline: databind + Hibernate Validator + HashMap", streamBytes, streamRows, () -> {
                Tallies t = new Tallies();
                java.util.Arrays.fill(baselineStats, 0);
                for (Tallies x : parallel(dp, p -> {
                    long[] s = new long[2];
                    Tallies r = hand.dossiers(p, s);
                    synchronized (baselineStats) {
                        baselineStats[0] += s[0];
                        baselineStats[1] += s[1];
                    }
                    return r;
                })) {
                    t.merge(x);
                }
                for (Tallies x : parallel(pp, p -> {
                    long[] s = new long[2];
                    Tallies r = hand.payments(p, s);
                    synchronized (baselineStats) {
                        baselineStats[0] += s[0];
                        baselineStats[1] += s[1];
                    }
                    return r;
                })) {
                    t.merge(x);
                }
                baselineTallies[0] = t;
                return t;
            });
        }
        Figure duck = null;
        Tallies[] duckTallies = new Tallies[1];
        if (Comparisons.duckDbAvailable()) {
            duck = measure("DuckDB: SQL over the JSON Lines files", streamBytes, streamRows, () -> {
                duckTallies[0] = Comparisons.duckDb(dossierFile, paymentFile, NationalDataGenerator.AS_OF, threads);
                return duckTallies[0];
            });
        } else {
            out.println("DuckDB: driver not on the class path (build with -Pbench and use haicap-bench.jar); skipped");
        }

        long malformed = manifest.dossierDefects().getOrDefault("vn.read.malformed-json", 0L)
                + manifest.paymentDefects().getOrDefault("vn.read.malformed-json", 0L);
        check("floor: malformed lines " + floorCounts[2] + " = planted " + malformed, floorCounts[2] == malformed);
        check("floor: lines " + floorCounts[1] + " = rows " + streamRows, floorCounts[1] == streamRows);
        check("baseline: malformed lines " + baselineStats[1], baselineStats[1] == malformed);
        check("baseline = haicap aggregates: " + baselineTallies[0].difference(haicapTallies[0]),
                baselineTallies[0].difference(haicapTallies[0]).isEmpty());
        if (duck != null) {
            check("DuckDB = haicap aggregates: " + duckTallies[0].difference(haicapTallies[0]),
                    duckTallies[0].difference(haicapTallies[0]).isEmpty());
        }

        out.println();
        out.println("| measurement | rows | MB | time s | rows/s | MB/s | heap: sum of pool peaks MB | heap: max after GC MB"
                + " | GCs (ms) | ratio |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        if (dsFloor != null) {
            row(dsFloor, "");
            row(dsValidate, String.format(Locale.ROOT, "%.2f × floor MB/s", dsValidate.mbPerSecond()
                    / dsFloor.mbPerSecond()));
        }
        row(floor, "");
        row(haicap, String.format(Locale.ROOT, "%.2f × floor; %.2f × baseline%s", haicap.mbPerSecond()
                        / floor.mbPerSecond(), baseline.seconds() / haicap.seconds(),
                duck == null ? "" : String.format(Locale.ROOT, "; %.2f × DuckDB", duck.seconds() / haicap.seconds())));
        row(baseline, String.format(Locale.ROOT, "%.2f × floor", baseline.mbPerSecond() / floor.mbPerSecond()));
        if (duck != null) {
            row(duck, String.format(Locale.ROOT, "%.2f × floor (heap figure excludes DuckDB's native memory)",
                    duck.mbPerSecond() / floor.mbPerSecond()));
        }
        out.printf(Locale.ROOT, "baseline: %,d constraint violations%n", baselineStats[0]);
        out.printf(Locale.ROOT, "load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return failures;
    }

    private void row(Figure f, String ratio) {
        out.printf(Locale.ROOT, "| %s | %,d | %,.1f | %.2f | %,.0f | %.1f | %d | %d | %d (%d) | %s |%n", f.name(),
                f.rows(), f.bytes() / 1e6, f.seconds(), f.rowsPerSecond(), f.mbPerSecond(), f.peakHeap() >> 20,
                f.liveAfterGc() >> 20, f.gcs(), f.gcMillis(), ratio);
    }

    private void check(String what, boolean ok) {
        out.println((ok ? "ok    " : "FAIL  ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    /** The report pass of the benchmark: the streams' year, the generator's parameters, {@code threads} threads. */
    ReportPass reportPass(RuleParameters params) {
        return ReportPass.builder().asOf(NationalDataGenerator.AS_OF).period(LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 6, 30)).parameters(params).threads(threads).build();
    }

    /**
     * haicap on both files: the library's one pass (each file split into byte ranges at line
     * boundaries, one thread per range, merged in file order), findings checked against the
     * planted defects.
     */
    Tallies haicap(ReportPass pass, ValidationPass.Prepared prepared, PassInputs inputs,
            NationalDataGenerator.Manifest manifest) {
        PassResult r = pass.validationPass().run(prepared, inputs);
        Map<String, Long> found = new TreeMap<>();
        for (String id : r.result().ruleIds()) {
            long n = r.result().count(id) - prepared.findings().count(id);
            if (n > 0) {
                found.put(id, n);
            }
        }
        Map<String, Long> planted = new TreeMap<>(manifest.dossierDefects());
        manifest.paymentDefects().forEach((k, v) -> planted.merge(k, v, Long::sum));
        check("streams: findings " + found + " = planted " + planted, found.equals(planted));
        check("rows: " + r.rows(StreamKind.DOSSIERS).read() + " dossiers = " + manifest.dossierLines(),
                r.rows(StreamKind.DOSSIERS).read() == manifest.dossierLines());
        ReportAggregates.Figures f = r.get(pass.aggregates());
        return Tallies.of(f.dossiers(), f.payments());
    }

    private void expect(String what, ValidationResult result, Map<String, Long> planted) {
        Map<String, Long> found = new TreeMap<>();
        for (String id : result.ruleIds()) {
            long n = result.count(id);
            if (n > 0) {
                found.put(id, n);
            }
        }
        check(what + ": findings " + found + " = planted " + new TreeMap<>(planted), found.equals(new TreeMap<>(planted)));
    }

    interface PieceJob<R> {
        R run(ByteRange piece) throws Exception;
    }

    <R> List<R> parallel(List<ByteRange> pieces, PieceJob<R> job) throws Exception {
        if (pieces.size() == 1) {
            return List.of(job.run(pieces.get(0)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(pieces.size());
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (ByteRange p : pieces) {
                futures.add(pool.submit(() -> job.run(p)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    interface Body {
        Object run() throws Exception;
    }

    private Figure measure(String name, long bytes, long rows, Body body) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AFTER_GC.set(0);
        long gc0 = 0;
        long gcMs0 = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc0 += Math.max(0, gc.getCollectionCount());
            gcMs0 += Math.max(0, gc.getCollectionTime());
        }
        int repeat = Integer.getInteger("bench.repeat", 1);
        double seconds = Double.MAX_VALUE;
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            body.run();
            seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long gc1 = 0;
        long gcMs1 = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc1 += Math.max(0, gc.getCollectionCount());
            gcMs1 += Math.max(0, gc.getCollectionTime());
        }
        Figure f = new Figure(name, bytes, rows, seconds, peak, AFTER_GC.get(), gc1 - gc0, gcMs1 - gcMs0);
        out.printf(Locale.ROOT, "%-55s %8.2f s %,12.0f rows/s %8.1f MB/s  peak heap %d MB%n", name, seconds,
                f.rowsPerSecond(), f.mbPerSecond(), peak >> 20);
        return f;
    }
}
