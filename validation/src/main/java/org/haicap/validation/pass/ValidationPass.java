package org.haicap.validation.pass;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.io.Sources;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.json.DossierCsv;
import org.haicap.core.json.FeeBasisReader;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.json.PaymentCsv;
import org.haicap.core.money.Payment;
import org.haicap.core.party.FeeBases;
import org.haicap.core.party.FeeBasisEntry;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.units.CatalogueAmendments;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DatasetValidator;
import org.haicap.validation.rules.FeeBasisLookup;
import org.haicap.validation.rules.RuleInfo;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.Rules;

/**
 * The whole job in one pass (kiểm tra trong một lượt đọc): reads a set of {@link PassInputs} —
 * catalogue amendments, fee bases, the dataset document, then every dossier and payment stream —
 * checks every rule, and shows every accepted row to the {@link PassListener}s (the report's
 * aggregates), so findings, measures and figures come from one read of each file. Optionally
 * writes accepted and refused rows ({@link RowSinks}) and reports {@link Progress}.
 *
 * <pre>{@code
 * PassResult r = ValidationPass.builder().asOf(LocalDate.of(2025, 7, 15)).build()
 *         .run(PassInputs.builder().dataset(Input.file(Path.of("dataset.json")))
 *                 .dossiers(Input.file(Path.of("dossiers.jsonl"))).build());
 * System.out.print(r.result().summary(Locale.forLanguageTag("vi"), 5));
 * }</pre>
 *
 * <p><b>Threads.</b> With {@code threads(n)}, n &gt; 1, each uncompressed JSON Lines file of at
 * least {@code splitBytes} is split into n {@link ByteRange}s read on n threads, and other inputs
 * are read whole on the same threads; pieces merge in file order, so counts, measures and
 * figures are those of one thread, and every finding names its line in the whole file. A code
 * that occurs in two pieces is found at the merge and located by file and hash, since its row is
 * no longer known. Drivers with rows of their own (a cluster) use {@link #prepare},
 * {@link #piece} and {@link #finish} — the same pieces this class runs.
 *
 * <p><b>Memory.</b> Rows are never held: each is checked, counted and dropped. What grows is the
 * dataset (held once) and the duplicate-key sets, about 16 bytes per distinct dossier code.
 *
 * <p><b>Errors.</b> A row or record that cannot be read is a finding, never an exception. A file
 * that is not what the caller named (a dataset that is not a haicap dataset, a bad amendments
 * file, two fee-basis files giving one member the same month) is an
 * {@link IllegalArgumentException} whose message names the file and why, in Vietnamese and
 * English; an input that cannot be opened or read is an {@link UncheckedIOException} naming it.
 *
 * <p>Immutable and thread-safe; one instance can run many passes at once.
 */
public final class ValidationPass {

    /** Progress is reported every this many rows of a piece. */
    public static final int PROGRESS_EVERY = 4096;

    /** The smallest file split into ranges when running on several threads, unless set: 8 MiB. */
    public static final long DEFAULT_SPLIT_BYTES = 8L << 20;

    private static final JsonLinesReader<Dossier> DOSSIER_LINES = JsonLinesReader.of(Dossier.class);
    private static final JsonLinesReader<Payment> PAYMENT_LINES = JsonLinesReader.of(Payment.class);

    private final RuleParameters parameters;
    private final LocalDate asOf;
    private final int sampleSize;
    private final int threads;
    private final long splitBytes;
    private final List<PassListener<?>> listeners;
    private final ProgressListener progress;
    private final RowSinks sinks;

    private ValidationPass(Builder b) {
        this.parameters = b.parameters;
        this.asOf = Objects.requireNonNull(b.asOf, "asOf: ngày kiểm tra chưa được cho / no as-of date given");
        this.sampleSize = b.sampleSize;
        this.threads = b.threads;
        this.splitBytes = b.splitBytes;
        this.listeners = List.copyOf(b.listeners);
        this.progress = b.progress;
        this.sinks = b.sinks;
    }

    /** A builder: default parameters, sample size {@value ValidationResult#DEFAULT_SAMPLE_SIZE}, one thread. */
    public static Builder builder() {
        return new Builder();
    }

    /** The listeners, in the order given; their results are in {@link PieceSummary#listenerResults()} in this order. */
    public List<PassListener<?>> listeners() {
        return listeners;
    }

    /** The rule parameters before the inputs' amendments and fee bases are applied. */
    public RuleParameters parameters() {
        return parameters;
    }

    /** The date the rules are judged on. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * What {@link #prepare} read: the context every piece judges against, and the findings of the
     * dataset, the fee bases and their refused records.
     *
     * @param context the context
     * @param findings the findings of every dataset rule and of refused reference records
     * @param refused reference records refused (dataset document and fee-basis lines)
     */
    public record Prepared(PassContext context, ValidationResult findings, long refused) {
        /** Checks the parts. */
        public Prepared {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(findings, "findings");
        }
    }

    /**
     * Runs the pass.
     *
     * @param inputs the inputs
     * @return findings, measures, rows and listener results
     * @throws IllegalArgumentException if an input is not what it was named as (the message says
     *     which file and why)
     * @throws UncheckedIOException if an input cannot be read
     */
    public PassResult run(PassInputs inputs) {
        return execute(inputs, null);
    }

    /**
     * Runs the streams of {@code inputs} against reference data read before, such as many uploads
     * of dossiers against one dataset: {@link #run(PassInputs)} without reading the dataset, fee
     * bases and amendments again (those of {@code inputs} are ignored).
     *
     * @param prepared what {@link #prepare} read, or a context built by the caller
     * @param inputs the inputs whose dossier and payment streams are read
     * @return findings (the prepared ones included), measures, rows and listener results
     * @throws UncheckedIOException if an input cannot be read
     */
    public PassResult run(Prepared prepared, PassInputs inputs) {
        return execute(inputs, Objects.requireNonNull(prepared, "prepared"));
    }

    private PassResult execute(PassInputs inputs, Prepared given) {
        Objects.requireNonNull(inputs, "inputs");
        Tracker tracker = new Tracker(progress, totalBytes(given == null ? inputs.all()
                : concat(inputs.dossiers(), inputs.payments())));
        RowSinks.Session session = sinks.any() ? new RowSinks.Session(sinks, parameters) : null;
        boolean finished = false;
        try {
            List<RowSinks.Part> referenceParts = new ArrayList<>();
            Prepared prepared = given != null ? given : prepare(inputs, tracker, session, referenceParts);
            List<RowSinks.Part> order = new ArrayList<>();
            List<Long> shifts = new ArrayList<>();
            PieceSummary[] byKind = new PieceSummary[2];
            // one kind at a time: the dossiers' duplicate-key sets are merged and let go before
            // the payments are read, so the two never share the heap
            for (StreamKind kind : StreamKind.values()) {
                List<Task> tasks = new ArrayList<>();
                for (Input input : inputs.streams(kind)) {
                    tasks.addAll(tasks(prepared.context(), kind, input, session));
                }
                runAll(tasks, tracker);
                StreamPiece merged = null;
                long linesBefore = 0;
                Input lastInput = null;
                for (Task t : tasks) {
                    linesBefore = t.input == lastInput ? linesBefore : 0;
                    lastInput = t.input;
                    if (merged == null) {
                        merged = t.piece;
                    } else {
                        merged.merge(t.piece, linesBefore);
                    }
                    t.piece = null;
                    if (t.sink != null) {
                        order.add(t.sink);
                        shifts.add(linesBefore);
                    }
                    linesBefore += t.lines;
                }
                byKind[kind.ordinal()] = (merged == null ? piece(prepared.context(), kind) : merged).summary();
            }
            if (session != null) {
                order.addAll(0, referenceParts);
                for (int i = 0; i < referenceParts.size(); i++) {
                    shifts.add(0, 0L);
                }
                session.finish(order, shifts);
                finished = true;
            }
            tracker.done();
            return finish(prepared, byKind[0], byKind[1]);
        } finally {
            if (session != null && !finished) {
                session.delete();
            }
        }
    }

    /**
     * Reads the reference inputs — amendments, fee bases, the dataset document — and checks every
     * dataset rule: the first half of {@link #run}, for drivers that read the streams themselves.
     *
     * @param inputs the inputs (their streams are not read)
     * @return the context and the dataset's findings
     * @throws IllegalArgumentException if an input is not what it was named as
     * @throws UncheckedIOException if an input cannot be read
     */
    public Prepared prepare(PassInputs inputs) {
        return prepare(inputs, new Tracker(ProgressListener.NONE, -1), null, new ArrayList<>());
    }

    /**
     * A new piece of a stream, judged against {@code context}, with this pass's listeners.
     *
     * @param context what to judge against (from {@link #prepare}, or built by the driver)
     * @param kind the kind of rows
     * @return the piece, for one thread
     */
    public StreamPiece piece(PassContext context, StreamKind kind) {
        return new StreamPiece(context, kind, listeners, null);
    }

    /**
     * The result of a pass from what {@link #prepare} read and the merged summaries of each kind
     * of stream: the second half of {@link #run}.
     *
     * @param prepared the reference part
     * @param dossiers the dossier pieces, merged
     * @param payments the payment pieces, merged
     * @return the result
     * @throws IllegalArgumentException if a summary is of the wrong kind
     */
    public PassResult finish(Prepared prepared, PieceSummary dossiers, PieceSummary payments) {
        Objects.requireNonNull(prepared, "prepared");
        if (dossiers.kind() != StreamKind.DOSSIERS || payments.kind() != StreamKind.PAYMENTS) {
            throw new IllegalArgumentException("kết quả sai loại luồng / summaries of the wrong kinds");
        }
        List<Object> combined = new ArrayList<>();
        for (int i = 0; i < listeners.size(); i++) {
            combined.add(combine(listeners.get(i), dossiers.listenerResults().get(i),
                    payments.listenerResults().get(i)));
        }
        ValidationResult all = prepared.findings().merge(dossiers.result()).merge(payments.result());
        return new PassResult(prepared.context(), all, new PassResult.Rows(dossiers.accepted(), dossiers.refused()),
                new PassResult.Rows(payments.accepted(), payments.refused()), prepared.refused(), listeners, combined);
    }

    @SuppressWarnings("unchecked")
    private static <A> Object combine(PassListener<A> listener, Object earlier, Object later) {
        return listener.combine((A) earlier, (A) later);
    }

    // ---------------------------------------------------------------- reference inputs

    private Prepared prepare(PassInputs inputs, Tracker tracker, RowSinks.Session session,
            List<RowSinks.Part> referenceParts) {
        RuleParameters params = parameters;
        if (inputs.amendments().isPresent()) {
            Input a = inputs.amendments().get();
            try (InputStream in = open(a, tracker)) {
                params = params.toBuilder().catalog(params.catalog().withAmendments(CatalogueAmendments.read(in,
                        a.source()))).build();
            } catch (IOException e) {
                throw unreadable(a, e);
            }
        }
        ValidationResult.Builder referenceFindings = ValidationResult.builder(sampleSize);
        long refused = 0;
        if (!inputs.feeBases().isEmpty()) {
            RowSinks.Part part = session == null ? null : session.part(null);
            if (part != null) {
                referenceParts.add(part);
            }
            List<FeeBasisEntry> entries = new ArrayList<>();
            Map<String, String> seen = new HashMap<>();
            for (Input i : inputs.feeBases()) {
                FeeBasisReader.Result r;
                try (InputStream in = open(i, tracker)) {
                    r = FeeBasisReader.create().read(in, i.source());
                } catch (IOException e) {
                    throw unreadable(i, e);
                }
                for (FeeBasisEntry e : r.bases().entries()) {
                    String before = seen.putIfAbsent(e.member() + "\u0000" + e.validFrom(), i.source());
                    if (before != null) {
                        throw new PassInputException(i.source(), "đảng viên " + e.member()
                                + " đã có căn cứ bắt đầu tháng " + e.validFrom() + " trong " + before, "member "
                                + e.member() + " already has a basis starting " + e.validFrom() + " in " + before);
                    }
                    entries.add(e);
                }
                for (ReadProblem problem : r.problems()) {
                    RuleInfo rule = Rules.read(problem.reason());
                    referenceFindings.add(Rules.refusedRecord(params, problem));
                    if (part != null) {
                        part.refused("feeBases", problem, rule);
                    }
                    refused++;
                }
            }
            params = params.toBuilder().feeBasis(FeeBasisLookup.of(FeeBases.of(entries))).build();
        }
        DatasetReader.Result read;
        Input d = inputs.dataset();
        try (InputStream in = open(d, tracker)) {
            read = DatasetReader.create().read(in, d.source());
        } catch (IOException e) {
            throw unreadable(d, e);
        }
        if (session != null && !read.problems().isEmpty()) {
            RowSinks.Part part = session.part(null);
            referenceParts.add(part);
            for (ReadProblem problem : read.problems()) {
                part.refused("dataset", problem, Rules.read(problem.reason()));
            }
        }
        refused += read.problems().size();
        ValidationResult datasetFindings = DatasetValidator.of(params).withSampleSize(sampleSize).validate(read, asOf);
        PassContext context = new PassContext(read.dataset(), params, asOf, sampleSize);
        return new Prepared(context, datasetFindings.merge(referenceFindings.build()), refused);
    }

    // ---------------------------------------------------------------- streams

    /** One piece of one input, read by one thread. */
    private static final class Task {
        final StreamKind kind;
        final Input input;
        final ByteRange range;
        StreamPiece piece;
        final RowSinks.Part sink;
        long lines;

        Task(StreamKind kind, Input input, ByteRange range, StreamPiece piece, RowSinks.Part sink) {
            this.kind = kind;
            this.input = input;
            this.range = range;
            this.piece = piece;
            this.sink = sink;
        }
    }

    private List<Task> tasks(PassContext context, StreamKind kind, Input input, RowSinks.Session session) {
        List<Task> out = new ArrayList<>();
        List<ByteRange> ranges = List.of();
        if (threads > 1 && input.format() == Input.Format.JSON_LINES && input.file().isPresent()
                && input.size().orElse(0) >= splitBytes && !compressed(input)) {
            try {
                ranges = ByteRange.split(input.file().get(), threads);
            } catch (IOException e) {
                throw unreadable(input, e);
            }
        }
        if (ranges.size() < 2) {
            ranges = java.util.Collections.singletonList(null);
        }
        for (ByteRange r : ranges) {
            RowSinks.Part part = session == null ? null : session.part(kind);
            out.add(new Task(kind, input, r, new StreamPiece(context, kind, listeners, part), part));
        }
        return out;
    }

    private static boolean compressed(Input input) {
        try (InputStream in = input.opener().open()) {
            return in.read() == 0x1F && in.read() == 0x8B;
        } catch (IOException e) {
            throw unreadable(input, e);
        }
    }

    private void runAll(List<Task> tasks, Tracker tracker) {
        if (threads == 1 || tasks.size() < 2) {
            for (Task t : tasks) {
                read(t, tracker);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "haicap-pass");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(pool.submit(() -> read(t, tracker)));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("bị ngắt / interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void read(Task t, Tracker tracker) {
        String source = t.input.source();
        tracker.at(source);
        Tracker.Rows handler = tracker.counting(t.piece, source);
        try (InputStream raw = t.range != null ? t.range.open() : t.input.opener().open();
                InputStream in = Sources.gunzipIfCompressed(tracker.counting(raw))) {
            ReadSummary s;
            if (t.input.format() == Input.Format.CSV) {
                s = t.kind == StreamKind.DOSSIERS ? CsvReader.withHeader().read(in, source, DossierCsv.mapper(), handler)
                        : CsvReader.withHeader().read(in, source, PaymentCsv.mapper(), handler);
            } else {
                s = t.kind == StreamKind.DOSSIERS ? DOSSIER_LINES.read(in, source, handler)
                        : PAYMENT_LINES.read(in, source, handler);
            }
            t.lines = s.read() + s.blankLines();
            handler.flush();
        } catch (IOException e) {
            throw unreadable(t.input, e);
        }
    }

    private static InputStream open(Input input, Tracker tracker) throws IOException {
        tracker.at(input.source());
        return Sources.gunzipIfCompressed(tracker.counting(input.opener().open()));
    }

    private static UncheckedIOException unreadable(Input input, IOException e) {
        return new UncheckedIOException(input.source() + ": không đọc được / cannot be read: " + e.getMessage(), e);
    }

    private static List<Input> concat(List<Input> a, List<Input> b) {
        List<Input> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static long totalBytes(List<Input> inputs) {
        long total = 0;
        for (Input i : inputs) {
            OptionalLong size = i.size();
            if (size.isEmpty()) {
                return -1;
            }
            total += size.getAsLong();
        }
        return total;
    }

    /** Counts rows and bytes over every thread and tells the listener. Thread-safe. */
    private static final class Tracker {
        private final ProgressListener listener;
        private final long total;
        private final AtomicLong rows = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private volatile String source = "";

        Tracker(ProgressListener listener, long total) {
            this.listener = listener;
            this.total = total;
        }

        void at(String newSource) {
            source = newSource;
            tell(false);
        }

        void tell(boolean done) {
            if (listener != ProgressListener.NONE) {
                listener.progress(new Progress(source, rows.get(), bytes.get(), total, done));
            }
        }

        void done() {
            tell(true);
        }

        InputStream counting(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        bytes.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        bytes.addAndGet(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    long s = super.skip(n);
                    bytes.addAndGet(Math.max(0, s));
                    return s;
                }
            };
        }

        /** Counts the rows of one piece; {@link #flush} adds the last ones. */
        abstract static class Rows implements RowHandler<Object> {
            abstract void flush();
        }

        Rows counting(StreamPiece piece, String name) {
            return new Rows() {
                private int since;

                @Override
                void flush() {
                    rows.addAndGet(since);
                    since = 0;
                }

                @Override
                public void accepted(Object row, SourceLocation at) {
                    piece.accepted(row, at);
                    tick();
                }

                @Override
                public void refused(ReadProblem problem) {
                    piece.refused(problem);
                    tick();
                }

                private void tick() {
                    if (++since == PROGRESS_EVERY) {
                        rows.addAndGet(since);
                        since = 0;
                        source = name;
                        tell(false);
                    }
                }
            };
        }
    }

    /** Configures a pass. Mutable, not thread-safe. */
    public static final class Builder {
        private RuleParameters parameters = RuleParameters.defaults();
        private LocalDate asOf;
        private int sampleSize = ValidationResult.DEFAULT_SAMPLE_SIZE;
        private int threads = 1;
        private long splitBytes = DEFAULT_SPLIT_BYTES;
        private final List<PassListener<?>> listeners = new ArrayList<>();
        private ProgressListener progress = ProgressListener.NONE;
        private RowSinks sinks = RowSinks.NONE;

        private Builder() {
        }

        /** The rule parameters and services (default {@link RuleParameters#defaults()}). */
        public Builder parameters(RuleParameters value) {
            parameters = Objects.requireNonNull(value, "parameters");
            return this;
        }

        /** The date the rules are judged on (required). */
        public Builder asOf(LocalDate value) {
            asOf = Objects.requireNonNull(value, "asOf");
            return this;
        }

        /**
         * The findings kept per rule.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder sampleSize(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("cỡ mẫu âm / negative sample size: " + value);
            }
            sampleSize = value;
            return this;
        }

        /**
         * The threads that read (default 1).
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("số luồng phải ít nhất 1 / at least one thread: " + value);
            }
            threads = value;
            return this;
        }

        /**
         * The smallest JSON Lines file split into ranges on several threads (default
         * {@link #DEFAULT_SPLIT_BYTES}).
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder splitBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("ngưỡng chia tệp phải dương / the split size must be positive: "
                        + value);
            }
            splitBytes = value;
            return this;
        }

        /** Adds a listener of the accepted rows. */
        public Builder listener(PassListener<?> value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** Where progress goes (default nowhere). */
        public Builder progress(ProgressListener value) {
            progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** Where accepted and refused rows are written (default nowhere). */
        public Builder sinks(RowSinks value) {
            sinks = Objects.requireNonNull(value, "sinks");
            return this;
        }

        /**
         * The pass.
         *
         * @throws NullPointerException if no as-of date is given
         */
        public ValidationPass build() {
            return new ValidationPass(this);
        }
    }
}
