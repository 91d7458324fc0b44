package org.haicap.examples.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.json.UnknownFields;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.OnlineLevel;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DossierCheck;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.Rules;

/**
 * Validates a JSON Lines file of dossiers larger than the heap: generates a deterministic file
 * (if it does not exist) with the interchange writer, then streams it through the JSON Lines
 * reader and the dossier rules ({@link DossierCheck}), and prints rows per second, MB per second
 * and the peak heap. Every 1,000th row repeats an earlier code, every 997th has a due date a day
 * off and every 5,003rd line is not JSON, so the rules have findings to count.
 *
 * <p>Usage: {@code java -Xmx256m -cp examples/target/haicap.jar
 * org.haicap.examples.bench.ValidateBenchmark <file.jsonl> [megabytes, default 1024]}.
 */
public final class ValidateBenchmark {

    private ValidateBenchmark() {
    }

    /**
     * Generates the file if needed, then validates it.
     *
     * @param args the file and, optionally, its size in MB when it has to be generated
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ValidateBenchmark <file.jsonl> [megabytes]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        Procedure procedure = Procedure.builder(ProcedureCode.of("1.001193"), "Đăng ký khai sinh", "Hộ tịch",
                        TimeLimit.workingDays(5)).levels(AdministrativeLevel.COMMUNE)
                .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON).illustrative(true).build();
        List<UnitCode> units = UnitCatalog.official().units().stream().limit(200).map(AdminUnit::code).toList();
        Dataset dataset = Dataset.builder(DatasetInfo.of("bench", LocalDate.of(2026, 1, 1))).units(units)
                .procedures(List.of(procedure)).build();
        RuleParameters params = RuleParameters.defaults();
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            long rows = generate(file, megabytes * 1_000_000L, procedure, units, params);
            System.out.printf(Locale.ROOT, "generated %,d rows, %,d bytes in %.1f s%n", rows, Files.size(file),
                    (System.nanoTime() - t0) / 1e9);
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        DossierCheck check = DossierCheck.of(dataset, params);
        long t0 = System.nanoTime();
        ReadSummary summary = JsonLinesReader.of(Dossier.class).withUnknownFields(UnknownFields.IGNORE)
                .read(file, check);
        ValidationResult result = check.result();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long bytes = Files.size(file);
        long rows = check.rowsAccepted() + check.rowsRefused();
        System.out.println(summary);
        System.out.println(result.summary(Locale.ENGLISH, 2));
        System.out.printf(Locale.ROOT, "max heap %d MB; file %,d bytes; rows %,d (accepted %,d, refused %,d)%n",
                Runtime.getRuntime().maxMemory() >> 20, bytes, rows, check.rowsAccepted(), check.rowsRefused());
        System.out.printf(Locale.ROOT, "%.1f s, %,.0f rows/s, %.1f MB/s, peak heap %d MB, duplicate-code set %d MB%n",
                seconds, rows / seconds, bytes / 1e6 / seconds, peak >> 20, check.keyBytes() >> 20);
        System.out.printf(Locale.ROOT, "duplicate codes %d, due-date findings %d%n",
                result.count(Rules.DOSSIER_DUPLICATE_CODE.id()), result.count(Rules.DOSSIER_DUE_DATE.id()));
    }

    private static long generate(Path file, long targetBytes, Procedure procedure, List<UnitCode> units,
            RuleParameters params) throws IOException {
        CountingStream counter = new CountingStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        long row = 0;
        LocalDateTime start = LocalDateTime.of(2025, 7, 1, 8, 0);
        try (JsonLinesWriter<Dossier> w = JsonLinesWriter.open(counter)) {
            while (counter.count < targetBytes) {
                row++;
                long seq = row % 1000 == 0 ? row - 500 : row;
                LocalDateTime at = start.plusMinutes(seq * 7 % (500L * 24 * 60));
                Dossier d = Dossier.receive(DossierCode.of("H01.25", at.toLocalDate(), seq % 10_000_000, 7),
                        procedure.code(), units.get((int) (seq % units.size())), Channel.IN_PERSON, at)
                        .withComputedDue(procedure, params.calendar()::dueDate);
                if (row % 997 == 0) {
                    d = d.withDue(d.due().orElseThrow().plusDays(1));
                }
                if (row % 3 == 0) {
                    d = d.transition(DossierStatus.PROCESSING, at.plusHours(1));
                }
                w.write(d);
                if (row % 5003 == 0) {
                    w.flush();
                    counter.write("{not json\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return row;
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
