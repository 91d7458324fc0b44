package org.haicap.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.haicap.core.units.UnitCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The catalogue's first load: one call of {@link UnitCatalog#official()} in each of 10 fresh JVMs
 * (single shot, no warm-up), so class loading, the cold JIT and building every index are all in.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstLoadJmh {

    /** Loads the official catalogue in a fresh JVM. */
    @Benchmark
    public Object firstLoad() {
        return UnitCatalog.official();
    }
}
