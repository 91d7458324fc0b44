package org.haicap.examples.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.json.FeeBasisReader;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DatasetValidator;
import org.haicap.validation.rules.DossierCheck;
import org.haicap.validation.rules.FeeBasisLookup;
import org.haicap.validation.rules.PaymentCheck;
import org.haicap.validation.rules.RuleInfo;
import org.haicap.validation.pass.PassResult;
import org.haicap.validation.pass.ProgressListener;
import org.haicap.validation.pass.RowSinks;
import org.haicap.validation.pass.StreamKind;
import org.haicap.validation.pass.ValidationPass;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.Rules;

/**
 * Validation of a set of {@link Inputs} (kiểm tra bộ dữ liệu): the dataset document through
 * {@link DatasetValidator} as of a date, the dossier streams through {@link DossierCheck} and the
 * payment streams through {@link PaymentCheck}, one row at a time; rows and records the readers
 * refused are findings too ({@code vn.read.*} or the rule of the refused value). Fee-basis
 * streams ({@link Inputs#feeBases()}), when given, become the parameters' fee-basis lookup
 * ({@code FeeBasisLookup.of}), so that the party fee of every succeeded payment is checked and
 * unpaid months are judged; their refused lines are {@code vn.read.*} findings with the offending
 * text masked (a line may hold a salary). Thread-safe: static methods only.
 */
public final class DatasetValidation {

    /** The threads the tool reads with: the processors, at most 4. */
    public static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Progress is reported every this many rows. */
    public static final long PROGRESS_EVERY = 100_000;

    private DatasetValidation() {
    }

    /**
     * The rows of one kind of stream: every row read is accepted (a record, judged by the rules,
     * even when it breaks one) or refused (it could not become a record: a {@code vn.read.*}
     * finding). Immutable.
     *
     * @param accepted rows that became records
     * @param refused rows that could not
     */
    public record RowCount(long accepted, long refused) {
        /** Rows read: {@code accepted + refused}. */
        public long read() {
            return accepted + refused;
        }
    }

    /**
     * A validation's findings with the rows read of each stream. Immutable.
     *
     * @param result the merged findings and measures
     * @param dossiers the dossier rows
     * @param payments the payment rows
     */
    public record Outcome(ValidationResult result, RowCount dossiers, RowCount payments) {
    }

    /**
     * Validates.
     *
     * @param inputs the files
     * @param asOf the date the rules are checked as of
     * @param params the rule parameters
     * @param sampleSize the findings kept per rule
     * @param progress where progress lines go (every {@link #PROGRESS_EVERY} rows)
     * @return the merged result
     * @throws IllegalArgumentException if the dataset document is not a haicap dataset at all
     * @throws UncheckedIOException if a file cannot be read
     */
    public static ValidationResult validate(Inputs inputs, LocalDate asOf, RuleParameters params, int sampleSize,
            PrintStream progress) {
        return run(inputs, asOf, params, sampleSize, progress).result();
    }

    /**
     * Validates, like {@link #validate}, and counts the rows of each stream.
     *
     * @return the result and the rows read, accepted and refused
     * @throws IllegalArgumentException if the dataset document is not a haicap dataset at all
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Outcome run(Inputs inputs, LocalDate asOf, RuleParameters params, int sampleSize,
            PrintStream progress) {
        Objects.requireNonNull(progress, "progress");
        return run(inputs, asOf, params, sampleSize, printer(progress));
    }

    /**
     * Validates, like {@link #run(Inputs, LocalDate, RuleParameters, int, PrintStream)}, with
     * progress going to a listener.
     *
     * @return the result and the rows read, accepted and refused
     */
    public static Outcome run(Inputs inputs, LocalDate asOf, RuleParameters params, int sampleSize,
            ProgressListener progress) {
        return run(inputs, asOf, params, sampleSize, progress, RowSinks.NONE);
    }

    /**
     * Validates, with progress going to a listener and the accepted and refused rows written
     * where {@code sinks} says ({@link RowSinks}).
     *
     * @return the result and the rows read, accepted and refused
     */
    public static Outcome run(Inputs inputs, LocalDate asOf, RuleParameters params, int sampleSize,
            ProgressListener progress, RowSinks sinks) {
        return outcome(ValidationPass.builder().parameters(params).asOf(asOf).sampleSize(sampleSize)
                .threads(THREADS).progress(progress).sinks(sinks).build()
                .run(inputs.toPassInputs()));
    }

    /** The outcome of a pass: its result and the rows of each stream. */
    public static Outcome outcome(PassResult r) {
        PassResult.Rows d = r.rows(StreamKind.DOSSIERS);
        PassResult.Rows p = r.rows(StreamKind.PAYMENTS);
        return new Outcome(r.result(), new RowCount(d.accepted(), d.refused()), new RowCount(p.accepted(), p.refused()));
    }

    /** A progress listener printing a line every {@link #PROGRESS_EVERY} rows. */
    public static ProgressListener printer(PrintStream progress) {
        java.util.concurrent.atomic.AtomicLong printed = new java.util.concurrent.atomic.AtomicLong();
        return p -> {
            long bucket = p.rows() / PROGRESS_EVERY;
            long before = printed.get();
            if (bucket > before && printed.compareAndSet(before, bucket)) {
                progress.println("haicap validate: " + String.format(Locale.ROOT, "%,d", bucket * PROGRESS_EVERY)
                        .replace(',', '.') + " dòng / rows (" + p.source() + ")");
            }
        };
    }

    /**
     * Writes a result as text: {@link ValidationResult#summary(Locale, int)} in Vietnamese.
     */
    public static void writeText(ValidationResult result, int maxSamples, PrintStream out) {
        out.print(result.summary(Locale.forLanguageTag("vi"), maxSamples));
    }

    /**
     * Writes a result as JSON: counts per severity, then per rule its counts, its measure, the
     * items it could not check ({@code notChecked}: count and reason, when there are any) and up
     * to {@code maxSamples} findings with location and messages in both languages.
     */
    public static void writeJson(ValidationResult result, int maxSamples, OutputStream out) {
        writeJson(result, null, maxSamples, out);
    }

    /**
     * Writes an outcome as JSON: as {@link #writeJson(ValidationResult, int, OutputStream)}, with
     * after the counts per severity the rows of each stream,
     * {@code "rows": {"dossiers": {"read", "accepted", "refused"}, "payments": {...}}}, where
     * {@code read = accepted + refused}.
     */
    public static void writeJson(Outcome outcome, int maxSamples, OutputStream out) {
        writeJson(outcome.result(), outcome, maxSamples, out);
    }

    private static void writeRows(JsonGenerator g, String name, RowCount rows) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("read", rows.read());
        g.writeNumberField("accepted", rows.accepted());
        g.writeNumberField("refused", rows.refused());
        g.writeEndObject();
    }

    private static void writeJson(ValidationResult result, Outcome outcome, int maxSamples, OutputStream out) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("errors", result.count(Severity.ERROR));
            g.writeNumberField("warnings", result.count(Severity.WARNING));
            g.writeNumberField("infos", result.count(Severity.INFO));
            if (outcome != null) {
                g.writeObjectFieldStart("rows");
                writeRows(g, "dossiers", outcome.dossiers());
                writeRows(g, "payments", outcome.payments());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("rules");
            for (ValidationResult.RuleSummary r : result.rules().values()) {
                g.writeStartObject();
                g.writeStringField("rule", r.ruleId());
                g.writeNumberField("errors", r.errors());
                g.writeNumberField("warnings", r.warnings());
                g.writeNumberField("infos", r.infos());
                if (r.hasMeasure()) {
                    g.writeObjectFieldStart("measure");
                    g.writeNumberField("passed", r.measure().passed());
                    g.writeNumberField("total", r.measure().total());
                    g.writeEndObject();
                }
                if (r.notChecked().any()) {
                    g.writeObjectFieldStart("notChecked");
                    g.writeNumberField("count", r.notChecked().count());
                    g.writeStringField("vi", r.notChecked().vietnamese());
                    g.writeStringField("en", r.notChecked().english());
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("samples");
                int shown = 0;
                for (Finding f : r.sample()) {
                    if (shown++ >= maxSamples) {
                        break;
                    }
                    g.writeStartObject();
                    g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
                    g.writeStringField("source", f.location().source());
                    if (f.location().line() > 0) {
                        g.writeNumberField("line", f.location().line());
                    }
                    if (!f.location().key().isEmpty()) {
                        g.writeStringField("key", f.location().key());
                    }
                    if (!f.location().path().isEmpty()) {
                        g.writeStringField("path", f.location().path());
                    }
                    g.writeStringField("vi", f.messageVi());
                    g.writeStringField("en", f.messageEn());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
