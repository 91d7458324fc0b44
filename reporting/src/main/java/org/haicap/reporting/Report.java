package org.haicap.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.haicap.core.text.LocalizedText;

/**
 * A report (báo cáo) an embedding system fills with its own numbers: a title, the issuing
 * body, the reporting period, the date the figures stand at, and sections of indicators.
 * Nothing here reads the clock: the as-of date is given.
 *
 * <pre>{@code
 * Report r = Report.builder(LocalizedText.of("Báo cáo 15 ngày", "15-day report"))
 *         .issuer(LocalizedText.of("Ban Tổ chức Thành ủy Hà Nội"))
 *         .period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
 *         .asOf(LocalDate.of(2025, 7, 15))
 *         .section(LocalizedText.of("Cán bộ", "Staffing"), s -> s
 *                 .ratio(LocalizedText.of("Bí thư", "Secretaries"), 125, 126))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the title
 * @param issuer the issuing body (cơ quan ban hành), if given
 * @param period the reporting period
 * @param asOf the date the figures stand at (số liệu tính đến ngày), not before the period starts
 * @param sections the sections, in order
 */
public record Report(LocalizedText title, Optional<LocalizedText> issuer, Period period, LocalDate asOf,
        List<Section> sections) {

    /** Checks every part and copies the list. */
    public Report {
        Checks.present("Report.title", title);
        Checks.optional("Report.issuer", issuer);
        Checks.present("Report.period", period);
        Checks.present("Report.asOf", asOf);
        if (asOf.isBefore(period.start())) {
            throw new InvalidReportException(InvalidReportException.Reason.AS_OF_BEFORE_PERIOD, "Report.asOf",
                    asOf + " < " + period.start());
        }
        sections = Checks.list("Report.sections", sections);
    }

    /** A builder of a report with this title. */
    public static Builder builder(LocalizedText title) {
        return new Builder(title);
    }

    /** Collects a report's parts; not thread-safe, use once. */
    public static final class Builder {
        private final LocalizedText title;
        private LocalizedText issuer;
        private Period period;
        private LocalDate asOf;
        private final List<Section> sections = new ArrayList<>();

        private Builder(LocalizedText title) {
            this.title = Checks.present("Report.title", title);
        }

        /** Sets the issuing body. */
        public Builder issuer(LocalizedText issuer) {
            this.issuer = Checks.present("Report.issuer", issuer);
            return this;
        }

        /** Sets the reporting period. */
        public Builder period(Period period) {
            this.period = Checks.present("Report.period", period);
            return this;
        }

        /** Sets the reporting period from {@code start} to {@code end}, both included. */
        public Builder period(LocalDate start, LocalDate end) {
            return period(Period.of(start, end));
        }

        /** Sets the date the figures stand at. */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Checks.present("Report.asOf", asOf);
            return this;
        }

        /** Adds a finished section. */
        public Builder section(Section section) {
            sections.add(Checks.present("Report.section", section));
            return this;
        }

        /** Adds a section filled by {@code content}. */
        public Builder section(LocalizedText title, Consumer<Section.Builder> content) {
            Section.Builder b = Section.builder(title);
            content.accept(b);
            return section(b.build());
        }

        /**
         * The report.
         *
         * @throws InvalidReportException with reason {@code MISSING} when the period or as-of
         *     date was not set
         */
        public Report build() {
            return new Report(title, Optional.ofNullable(issuer), Checks.present("Report.period", period),
                    Checks.present("Report.asOf", asOf), sections);
        }
    }
}
