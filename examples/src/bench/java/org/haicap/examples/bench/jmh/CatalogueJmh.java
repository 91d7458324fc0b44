package org.haicap.examples.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.FormerUnit;
import org.haicap.core.units.UnitCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the unit catalogue ({@link UnitCatalog}): lookup by code, name search (typical
 * and edit-distance fallback), old code → new units. The first load is {@link FirstLoadJmh}.
 * Not thread-safe (JMH state per thread).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CatalogueJmh {
    private static final String[] TYPICAL = {"hoan kiem", "P. Hoàn Kiếm, Hà Nội", "ea h'leo", "X. Ea Kly",
        "hoa binh", "Tân Thạnh, Tây Ninh", "sai gon, hcm", "phường bến thành", "ba dinh, ha noi", "xa tam dao"};
    private static final String[] FUZZY = {"hoan kem", "ba dnh, ha noi", "tam dao x", "sai gonn", "kiem"};

    private UnitCatalog catalog;
    private String[] codes;
    private String[] formerCodes;
    private int i;

    /** Loads the catalogue and the inputs. */
    @Setup(Level.Trial)
    public void setUp() {
        catalog = UnitCatalog.official();
        codes = catalog.units().stream().map(u -> u.code().value()).toArray(String[]::new);
        List<String> former = new ArrayList<>();
        for (AdminUnit u : catalog.units()) {
            for (FormerUnit f : u.formerUnits()) {
                if (!f.code().isEmpty()) {
                    former.add(f.code());
                }
            }
        }
        formerCodes = former.toArray(String[]::new);
    }

    /** {@code unit(String)} over every code in turn. */
    @Benchmark
    public Object lookupByCode() {
        i = (i + 1) % codes.length;
        return catalog.unit(codes[i]);
    }

    /** {@code search} with 10 typical queries in turn. */
    @Benchmark
    public Object searchTypical() {
        i = (i + 1) % TYPICAL.length;
        return catalog.search(TYPICAL[i]);
    }

    /** {@code search} with 5 queries that need the edit-distance fallback. */
    @Benchmark
    public Object searchFuzzy() {
        i = (i + 1) % FUZZY.length;
        return catalog.search(FUZZY[i]);
    }

    /** {@code successors(String)} over every listed former code in turn. */
    @Benchmark
    public Object oldToNew() {
        i = (i + 1) % formerCodes.length;
        return catalog.successors(formerCodes[i]);
    }
}
