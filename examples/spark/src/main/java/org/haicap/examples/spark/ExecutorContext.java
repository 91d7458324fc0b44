package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import org.haicap.reporting.pass.ReportPass;
import org.haicap.validation.pass.PassContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.broadcast.Broadcast;
import org.haicap.core.io.RowResult;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.validation.rules.RuleParameters;

/**
 * What each executor JVM builds once per broadcast and never ships: the services (catalogue,
 * calendar, fee-basis lookup) and the rule parameters from the broadcast rule settings
 * ({@link RuleSetup#parameters()}), and the configured JSON Lines readers, next to the broadcast
 * reference data. Held in a static map keyed by the broadcast's id, so every task of the JVM
 * shares one. Thread-safe (the readers are).
 */
final class ExecutorContext {
    private static final Map<Long, ExecutorContext> BY_BROADCAST = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILT = new AtomicInteger();

    final ReportInputs inputs;
    final RuleParameters params;
    /** The library's report pass and the context its pieces judge against. */
    final ReportPass pass;
    final PassContext context;
    private final JsonLinesReader<Dossier> dossiers = JsonLinesReader.of(Dossier.class);
    private final JsonLinesReader<Payment> payments = JsonLinesReader.of(Payment.class);

    private ExecutorContext(ReportInputs inputs) {
        this.inputs = inputs;
        this.params = inputs.ruleParameters();
        this.pass = inputs.reportPass(params);
        this.context = inputs.context(params);
        BUILT.incrementAndGet();
    }

    /** The context of this JVM for the broadcast, built at its first use. */
    static ExecutorContext of(Broadcast<ReportInputs> inputs) {
        return BY_BROADCAST.computeIfAbsent(inputs.id(), id -> new ExecutorContext(inputs.value()));
    }

    /** Drops the context of a broadcast that is no longer used (the driver calls it after a job). */
    static void release(Broadcast<ReportInputs> inputs) {
        BY_BROADCAST.remove(inputs.id());
    }

    /** How many contexts this JVM has built (for tests: one per broadcast in local mode). */
    static int built() {
        return BUILT.get();
    }

    /** Binds a decoded line to a dossier or payment; a problem stays a problem. */
    RowResult<?> bind(StreamKind kind, RowResult<String> line) {
        if (line instanceof RowResult.Accepted<String> a) {
            return kind == StreamKind.DOSSIERS ? dossiers.readLine(a.row(), a.location())
                    : payments.readLine(a.row(), a.location());
        }
        return new RowResult.Refused<>(((RowResult.Refused<String>) line).problem());
    }

    /** The decoded, bound row of a line's bytes; empty for a blank line. */
    Optional<RowResult<?>> read(StreamKind kind, byte[] bytes, long number, long offset, String source) {
        return Lines.decode(bytes, number, offset, source).map(line -> bind(kind, line));
    }
}
