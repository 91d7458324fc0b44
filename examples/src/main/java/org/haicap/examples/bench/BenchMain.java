package org.haicap.examples.bench;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The entry point of {@code haicap-bench.jar} (built by {@code mvn -Pbench package}): one
 * command per benchmark.
 *
 * <pre>
 * java -Xmx256m -jar haicap-bench.jar generate &lt;dir&gt; [dossiers] [payments] [seed] [defectRate]
 * java -Xmx256m -jar haicap-bench.jar e2e &lt;dir&gt; [dossiers] [payments] [seed] [defectRate] [threads]
 * java -jar haicap-bench.jar jmh [JMH options]     (catalogue and constraint benchmarks)
 * java -jar haicap-bench.jar catalogue [--load-only]
 * java -Xmx256m -jar haicap-bench.jar read [rows] [seed]
 * java -Xmx256m -jar haicap-bench.jar validate &lt;file.jsonl&gt; [megabytes]
 * </pre>
 */
public final class BenchMain {

    private BenchMain() {
    }

    /**
     * Runs the named benchmark.
     *
     * @param args the benchmark name, then its arguments
     * @throws Exception whatever the benchmark throws
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: haicap-bench.jar generate|e2e|jmh|catalogue|read|validate ...");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "generate" -> {
                long dossiers = rest.length > 1 ? Long.parseLong(rest[1].replace("_", "")) : 1_000_000;
                long payments = rest.length > 2 ? Long.parseLong(rest[2].replace("_", "")) : dossiers / 2;
                long seed = rest.length > 3 ? Long.parseLong(rest[3]) : 1;
                double rate = rest.length > 4 ? Double.parseDouble(rest[4]) : 0.001;
                long t0 = System.nanoTime();
                System.out.println(new NationalDataGenerator(dossiers, payments, seed, rate).generate(Path.of(rest[0])));
                System.out.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            case "e2e" -> EndToEndBenchmark.main(rest);
            case "jmh" -> Class.forName("org.openjdk.jmh.Main").getMethod("main", String[].class)
                    .invoke(null, (Object) rest);
            case "catalogue" -> CatalogueBenchmark.main(rest);
            case "read" -> ReadBenchmark.main(rest);
            case "validate" -> ValidateBenchmark.main(rest);
            default -> {
                System.err.println("unknown benchmark: " + args[0]);
                System.exit(2);
            }
        }
    }
}
