package org.haicap.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.FormerUnit;
import org.haicap.core.units.UnitCatalog;

/**
 * Measures the unit catalogue: the first load in a fresh JVM, then lookups by code, name
 * searches and old-to-new conversions per operation after warm-up. Simple
 * {@link System#nanoTime()} loops: indicative figures, not a JMH study.
 *
 * <p>The first load is reported as wall time and as CPU time of the loading thread; on a
 * machine shared with other work the CPU time is the steadier figure.
 *
 * <p>Usage: {@code java -cp <core jar>:<slf4j-api jar>:<examples jar>
 * org.haicap.examples.bench.CatalogueBenchmark [--load-only]}.
 */
public final class CatalogueBenchmark {

    private static volatile Object sink;

    private CatalogueBenchmark() {
    }

    /**
     * Runs the benchmark and prints one line per measurement.
     *
     * @param args {@code --load-only} to print the first-load time and stop
     */
    public static void main(String[] args) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        UnitCatalog catalog = UnitCatalog.official();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "first load (fresh JVM): %.1f ms wall, %.1f ms CPU of the loading thread%n",
                (t1 - t0) / 1e6, (c1 - c0) / 1e6);
        if (args.length > 0 && args[0].equals("--load-only")) {
            return;
        }

        List<String> codes = new ArrayList<>();
        for (AdminUnit u : catalog.units()) {
            codes.add(u.code().value());
        }
        List<String> formerCodes = new ArrayList<>();
        List<String[]> formerNames = new ArrayList<>();
        for (AdminUnit u : catalog.units()) {
            for (FormerUnit f : u.formerUnits()) {
                if (!f.code().isEmpty()) {
                    formerCodes.add(f.code());
                    formerNames.add(new String[] {f.name(), f.districtName(), f.provinceName()});
                }
            }
        }
        String[] typical = {"hoan kiem", "P. Hoàn Kiếm, Hà Nội", "ea h'leo", "X. Ea Kly", "hoa binh",
            "Tân Thạnh, Tây Ninh", "sai gon, hcm", "phường bến thành", "ba dinh, ha noi", "xa tam dao"};
        String[] fuzzy = {"hoan kem", "ba dnh, ha noi", "tam dao x", "sai gonn", "kiem"};

        report("lookup by code (unit(String))", 1_000_000, i -> catalog.unit(codes.get(i % codes.size())));
        report("name search, typical (10 queries)", 100_000, i -> catalog.search(typical[i % typical.length]));
        report("name search, fuzzy fallback (5 queries)", 5_000, i -> catalog.search(fuzzy[i % fuzzy.length]));
        report("old code -> new units (successors)", 1_000_000,
                i -> catalog.successors(formerCodes.get(i % formerCodes.size())));
        report("old name+district+province -> new units", 100_000, i -> {
            String[] n = formerNames.get(i % formerNames.size());
            return catalog.successorsByName(n[0], n[1], n[2]);
        });
        System.out.printf(Locale.ROOT, "java %s, %s %s, %d processors%n", System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }

    private interface Op {
        Object run(int i);
    }

    private static void report(String name, int iterations, Op op) {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < iterations; i++) {
                sink = op.run(i);
            }
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                sink = op.run(i);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        double ns = (double) best / iterations;
        System.out.printf(Locale.ROOT, "%-42s %10.0f ns/op  (%.2f µs; best of 5 rounds of %d after warm-up)%n",
                name, ns, ns / 1000, iterations);
    }
}
