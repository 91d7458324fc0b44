package org.haicap.validation.pass;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed inputs of a {@link ValidationPass} (bộ đầu vào), each named by the caller: one
 * dataset document, any number of dossier, payment and fee-basis streams, and optionally the
 * reported figures (read by the report, not by the rules) and a file of catalogue amendments.
 * Nothing is guessed from content: {@code Input.file(Path)} names the format by the extension,
 * and the caller says what each file is.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PassInputs {
    private final String name;
    private final Input dataset;
    private final List<Input> dossiers;
    private final List<Input> payments;
    private final List<Input> feeBases;
    private final Optional<Input> reportedFigures;
    private final Optional<Input> amendments;

    private PassInputs(Builder b) {
        this.dataset = Objects.requireNonNull(b.dataset,
                "tập dữ liệu chưa được cho / no dataset document given (PassInputs.Builder.dataset)");
        this.dossiers = List.copyOf(b.dossiers);
        this.payments = List.copyOf(b.payments);
        this.feeBases = List.copyOf(b.feeBases);
        this.reportedFigures = b.reportedFigures;
        this.amendments = b.amendments;
        this.name = b.name == null ? dataset.source() : b.name;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A name for messages: the builder's, else the dataset's source. */
    public String name() {
        return name;
    }

    /** The dataset document (JSON). */
    public Input dataset() {
        return dataset;
    }

    /** The dossier streams, in the order given. */
    public List<Input> dossiers() {
        return dossiers;
    }

    /** The payment streams, in the order given. */
    public List<Input> payments() {
        return payments;
    }

    /** The streams of a kind. */
    public List<Input> streams(StreamKind kind) {
        return kind == StreamKind.DOSSIERS ? dossiers : payments;
    }

    /** The fee-basis streams (JSON Lines of fee-basis entries), in the order given. */
    public List<Input> feeBases() {
        return feeBases;
    }

    /** The reported figures (a JSON document the report reads), if given. */
    public Optional<Input> reportedFigures() {
        return reportedFigures;
    }

    /** A file of catalogue amendments applied on top of the parameters' catalogue, if given. */
    public Optional<Input> amendments() {
        return amendments;
    }

    /** Every input, dataset first: for the total size in {@link Progress}. */
    public List<Input> all() {
        List<Input> all = new ArrayList<>();
        amendments.ifPresent(all::add);
        all.addAll(feeBases);
        all.add(dataset);
        all.addAll(dossiers);
        all.addAll(payments);
        return List.copyOf(all);
    }

    /** Collects the inputs. Mutable, not thread-safe. */
    public static final class Builder {
        private String name;
        private Input dataset;
        private final List<Input> dossiers = new ArrayList<>();
        private final List<Input> payments = new ArrayList<>();
        private final List<Input> feeBases = new ArrayList<>();
        private Optional<Input> reportedFigures = Optional.empty();
        private Optional<Input> amendments = Optional.empty();

        private Builder() {
        }

        /** A name for messages (default: the dataset's source). */
        public Builder name(String value) {
            name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * The dataset document.
         *
         * @throws PassInputException if one is already given, or it is not a JSON document
         */
        public Builder dataset(Input value) {
            Objects.requireNonNull(value, "dataset");
            if (dataset != null) {
                throw new PassInputException(value.source(), "tài liệu dữ liệu thứ hai (đã có " + dataset.source()
                        + ")", "a second dataset document (already " + dataset.source() + ")");
            }
            if (value.format() != Input.Format.JSON) {
                throw new PassInputException(value.source(), "tài liệu dữ liệu phải là JSON, không phải "
                        + value.format(), "the dataset document must be JSON, not " + value.format());
            }
            dataset = value;
            return this;
        }

        /**
         * Adds a dossier stream (JSON Lines or CSV).
         *
         * @throws IllegalArgumentException if it is a JSON document
         */
        public Builder dossiers(Input value) {
            dossiers.add(stream(value, "hồ sơ / dossier"));
            return this;
        }

        /**
         * Adds a payment stream (JSON Lines or CSV).
         *
         * @throws IllegalArgumentException if it is a JSON document
         */
        public Builder payments(Input value) {
            payments.add(stream(value, "thanh toán / payment"));
            return this;
        }

        /**
         * Adds a fee-basis stream (JSON Lines).
         *
         * @throws IllegalArgumentException if it is not JSON Lines
         */
        public Builder feeBases(Input value) {
            Objects.requireNonNull(value, "feeBases");
            if (value.format() != Input.Format.JSON_LINES) {
                throw new PassInputException(value.source(), "căn cứ đảng phí phải là JSON Lines",
                        "a fee-basis stream must be JSON Lines");
            }
            feeBases.add(value);
            return this;
        }

        /** The reported figures (JSON). */
        public Builder reportedFigures(Input value) {
            reportedFigures = Optional.of(Objects.requireNonNull(value, "reportedFigures"));
            return this;
        }

        /** A file of catalogue amendments (JSON, {@code docs/catalogue.md}). */
        public Builder amendments(Input value) {
            amendments = Optional.of(Objects.requireNonNull(value, "amendments"));
            return this;
        }

        private static Input stream(Input value, String what) {
            Objects.requireNonNull(value, "input");
            if (value.format() == Input.Format.JSON) {
                throw new PassInputException(value.source(), "luồng " + what.substring(0, what.indexOf(" /"))
                        + " phải là JSON Lines hoặc CSV", "a " + what.substring(what.indexOf('/') + 2)
                        + " stream must be JSON Lines or CSV");
            }
            return value;
        }

        /**
         * The inputs.
         *
         * @throws NullPointerException if no dataset is given
         */
        public PassInputs build() {
            return new PassInputs(this);
        }
    }
}
