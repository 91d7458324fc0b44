package org.haicap.examples.sample;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.Sources;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.json.DossierCsv;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.json.PaymentCsv;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.validation.pass.PassInputs;

/**
 * The files of a dataset (tệp dữ liệu đầu vào): one dataset document, dossier and payment streams
 * (JSON Lines or CSV, gzip-compressed or not) and, optionally, the reported figures — either the
 * shipped sample (class-path resources) or files a user names. Streams are opened on demand and
 * read once per use, so a file larger than memory is never held. Immutable and thread-safe.
 *
 * <p>With {@link #ofFiles(List)} each file is sorted by its content: a file whose first line
 * holds {@code "format": "haicap-dataset"} or that is a JSON object document is the dataset; a
 * JSON Lines row with {@code "procedure"} or a CSV header starting {@code code,} is a dossier
 * stream; a JSON Lines row with {@code "member"} and {@code "validFrom"} is a fee-basis stream
 * ({@code docs/interchange-format.md} §7.6); a row with {@code "kind"} or a header starting
 * {@code id,} is a payment stream; a file named {@code reported-figures.json} holds the reported
 * figures.
 */
public final class Inputs {

    /** One input: its name (for messages and locations) and how to open it. */
    public record Input(String source, Opener opener, boolean csv, Optional<Path> file) {
        /** Checks the values. */
        public Input {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(opener, "opener");
            Objects.requireNonNull(file, "file");
        }

        /** An input that is not a file. */
        public Input(String source, Opener opener, boolean csv) {
            this(source, opener, csv, Optional.empty());
        }

        /** Opens the input, gunzipped if compressed. */
        public InputStream open() throws IOException {
            return Sources.gunzipIfCompressed(new BufferedInputStream(opener.open(), 1 << 16));
        }
    }

    /** Opens an input stream. */
    @FunctionalInterface
    public interface Opener {
        /** Opens a new stream. */
        InputStream open() throws IOException;
    }

    private final String name;
    private final Input dataset;
    private final List<Input> dossiers;
    private final List<Input> payments;
    private final Optional<Input> reported;
    private final List<Input> feeBases;

    private Inputs(String name, Input dataset, List<Input> dossiers, List<Input> payments, Optional<Input> reported,
            List<Input> feeBases) {
        this.name = name;
        this.feeBases = List.copyOf(feeBases);
        this.dataset = dataset;
        this.dossiers = List.copyOf(dossiers);
        this.payments = List.copyOf(payments);
        this.reported = reported;
    }

    /** The resource folder of the shipped samples. */
    static final String RESOURCES = "/org/haicap/examples/sample/";

    /**
     * The shipped sample of that name.
     *
     * @throws IllegalArgumentException if there is no such sample
     */
    public static Inputs sample(String name) {
        String base = RESOURCES + name + "/";
        if (Inputs.class.getResource(base + HanoiSampleGenerator.DATASET_FILE) == null) {
            throw new IllegalArgumentException("không có bộ mẫu " + name + " / no sample " + name);
        }
        return new Inputs(name, resource(base, HanoiSampleGenerator.DATASET_FILE),
                List.of(resource(base, HanoiSampleGenerator.DOSSIERS_FILE)),
                List.of(resource(base, HanoiSampleGenerator.PAYMENTS_FILE)),
                Optional.of(resource(base, HanoiSampleGenerator.REPORTED_FILE)),
                Inputs.class.getResource(base + HanoiSampleGenerator.FEE_BASES_FILE) == null ? List.of()
                        : List.of(resource(base, HanoiSampleGenerator.FEE_BASES_FILE)));
    }

    private static Input resource(String base, String file) {
        String path = base + file;
        return new Input(file, () -> {
            InputStream in = Inputs.class.getResourceAsStream(path);
            if (in == null) {
                throw new IOException("thiếu tài nguyên / missing resource " + path);
            }
            return in;
        }, false);
    }

    /**
     * Files a user names, sorted by content (see the class comment).
     *
     * @throws IllegalArgumentException if a file cannot be recognised, or there is not exactly one dataset document
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Inputs ofFiles(List<Path> files) {
        Input dataset = null;
        List<Input> dossiers = new ArrayList<>();
        List<Input> payments = new ArrayList<>();
        Optional<Input> reported = Optional.empty();
        List<Input> feeBases = new ArrayList<>();
        for (Path file : files) {
            String fileName = Sources.nameOf(file);
            String lower = fileName.toLowerCase(Locale.ROOT);
            boolean csv = lower.endsWith(".csv") || lower.endsWith(".csv.gz");
            Input in = new Input(fileName, () -> Files.newInputStream(file), csv, Optional.of(file));
            String first = firstLine(in);
            boolean datasetDocument = !csv && first.startsWith("{")
                    && first.replace(" ", "").contains("\"format\":\"haicap-dataset\"");
            if (lower.startsWith("reported-figures")) {
                reported = Optional.of(in);
            } else if (csv && first.startsWith("code,")) {
                dossiers.add(in);
            } else if (csv && first.startsWith("id,")) {
                payments.add(in);
            } else if (!datasetDocument && !csv && first.startsWith("{") && first.contains("\"member\"")
                    && first.contains("\"validFrom\"")) {
                feeBases.add(in);
            } else if (!datasetDocument && !csv && first.startsWith("{") && first.contains("\"procedure\"")) {
                dossiers.add(in);
            } else if (!datasetDocument && !csv && first.startsWith("{") && first.contains("\"kind\"")) {
                payments.add(in);
            } else if (!csv && first.startsWith("{")) {
                if (dataset != null) {
                    throw new IllegalArgumentException(file + ": tài liệu dữ liệu thứ hai (đã có " + dataset.source()
                            + ") / a second dataset document (already " + dataset.source() + ")");
                }
                dataset = in;
            } else {
                throw new IllegalArgumentException(file + ": không nhận ra tệp (cần tài liệu dataset JSON, luồng hồ sơ hoặc thanh toán"
                        + " JSON Lines/CSV) / unrecognised file (expected a dataset JSON document or a dossier or payment stream,"
                        + " JSON Lines or CSV)");
            }
        }
        if (dataset == null) {
            throw new IllegalArgumentException("thiếu tài liệu dataset JSON trong các tệp đã cho / none of the files is a dataset document");
        }
        return new Inputs(files.toString(), dataset, dossiers, payments, reported, feeBases);
    }

    private static String firstLine(Input in) {
        try (InputStream s = in.open()) {
            byte[] head = s.readNBytes(4096);
            String text = new String(head, StandardCharsets.UTF_8).stripLeading();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int nl = text.indexOf('\n');
            return nl < 0 ? text : text.substring(0, nl);
        } catch (IOException e) {
            throw new UncheckedIOException(in.source() + ": không đọc được / cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * These files as the library's typed inputs: the dataset a JSON document, each stream JSON
     * Lines or CSV as sorted, the reported figures and fee bases as found.
     *
     * @return the inputs of a {@link org.haicap.validation.pass.ValidationPass}
     */
    public PassInputs toPassInputs() {
        PassInputs.Builder b = PassInputs.builder().name(name).dataset(typed(dataset, org.haicap.validation.pass.Input.Format.JSON));
        for (Input i : dossiers) {
            b.dossiers(typed(i, i.csv() ? org.haicap.validation.pass.Input.Format.CSV : org.haicap.validation.pass.Input.Format.JSON_LINES));
        }
        for (Input i : payments) {
            b.payments(typed(i, i.csv() ? org.haicap.validation.pass.Input.Format.CSV : org.haicap.validation.pass.Input.Format.JSON_LINES));
        }
        for (Input i : feeBases) {
            b.feeBases(typed(i, org.haicap.validation.pass.Input.Format.JSON_LINES));
        }
        reported.ifPresent(i -> b.reportedFigures(typed(i, org.haicap.validation.pass.Input.Format.JSON)));
        return b.build();
    }

    private static org.haicap.validation.pass.Input typed(Input i, org.haicap.validation.pass.Input.Format format) {
        return new org.haicap.validation.pass.Input(i.source(), format, i.opener()::open, i.file());
    }

    /** A name for messages. */
    public String name() {
        return name;
    }

    /** The dataset document. */
    public Input dataset() {
        return dataset;
    }

    /** The dossier streams. */
    public List<Input> dossiers() {
        return dossiers;
    }

    /** The payment streams. */
    public List<Input> payments() {
        return payments;
    }

    /** The reported figures, if given. */
    public Optional<Input> reported() {
        return reported;
    }

    /** The fee-basis streams (JSON Lines of fee-basis entries); empty when none was given. */
    public List<Input> feeBases() {
        return feeBases;
    }

    /** Reads the dataset document. */
    public DatasetReader.Result readDataset() throws IOException {
        try (InputStream in = dataset.open()) {
            return DatasetReader.create().read(in, dataset.source());
        }
    }

    /** Streams every dossier row to the handler. */
    public ReadSummary readDossiers(RowHandler<? super Dossier> handler) throws IOException {
        ReadSummary total = ReadSummary.EMPTY;
        for (Input i : dossiers) {
            try (InputStream in = i.open()) {
                total = total.plus(i.csv() ? CsvReader.withHeader().read(in, i.source(), DossierCsv.mapper(), handler)
                        : JsonLinesReader.of(Dossier.class).read(in, i.source(), handler));
            }
        }
        return total;
    }

    /** Streams every payment row to the handler. */
    public ReadSummary readPayments(RowHandler<? super Payment> handler) throws IOException {
        ReadSummary total = ReadSummary.EMPTY;
        for (Input i : payments) {
            try (InputStream in = i.open()) {
                total = total.plus(i.csv() ? CsvReader.withHeader().read(in, i.source(), PaymentCsv.mapper(), handler)
                        : JsonLinesReader.of(Payment.class).read(in, i.source(), handler));
            }
        }
        return total;
    }
}
