package org.haicap.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.haicap.core.text.LocalizedText;

/**
 * A section of a report (mục): a heading, its indicators in order, then its sub-sections.
 *
 * <p>Immutable and thread-safe; build with {@link #builder(LocalizedText)} or through
 * {@link Report.Builder#section(LocalizedText, Consumer)}.
 *
 * @param title the heading
 * @param indicators the figures, in print order
 * @param sections nested sections, printed after the indicators
 */
public record Section(LocalizedText title, List<Indicator> indicators, List<Section> sections) {

    /** Checks every part and copies the lists. */
    public Section {
        Checks.present("Section.title", title);
        indicators = Checks.list("Section.indicators", indicators);
        sections = Checks.list("Section.sections", sections);
    }

    /** A builder of a section with this heading. */
    public static Builder builder(LocalizedText title) {
        return new Builder(title);
    }

    /** Collects a section's content; not thread-safe, use once. */
    public static final class Builder {
        private final LocalizedText title;
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();

        private Builder(LocalizedText title) {
            this.title = Checks.present("Section.title", title);
        }

        /** Adds any indicator, e.g. {@code Ratio.of(...).withSource(...)}. */
        public Builder add(Indicator indicator) {
            indicators.add(Checks.present("Section.indicator", indicator));
            return this;
        }

        /** Adds a ratio {@code n/N} with its percentage at one decimal. */
        public Builder ratio(LocalizedText label, long numerator, long denominator) {
            return add(Ratio.of(label, numerator, denominator));
        }

        /** Adds an exact count. */
        public Builder count(LocalizedText label, long value) {
            return add(Count.of(label, value));
        }

        /** Adds a count with a unit noun. */
        public Builder count(LocalizedText label, long value, LocalizedText unit) {
            return add(Count.of(label, value).withUnit(unit));
        }

        /** Adds a share given as a whole percentage. */
        public Builder share(LocalizedText label, long percent) {
            return add(Share.ofPercent(label, percent));
        }

        /** Adds a change from one value to another. */
        public Builder change(LocalizedText label, long from, long to) {
            return add(Change.of(label, from, to));
        }

        /** Adds a finished sub-section. */
        public Builder section(Section section) {
            sections.add(Checks.present("Section.section", section));
            return this;
        }

        /** Adds a sub-section filled by {@code content}. */
        public Builder section(LocalizedText title, Consumer<Builder> content) {
            Builder b = new Builder(title);
            content.accept(b);
            return section(b.build());
        }

        /** The section. */
        public Section build() {
            return new Section(title, indicators, sections);
        }
    }
}
