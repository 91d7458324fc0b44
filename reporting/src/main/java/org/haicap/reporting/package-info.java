/**
 * The report model and its builder (báo cáo): a {@link org.haicap.reporting.Report} with a
 * title, issuing body, {@link org.haicap.reporting.Period period} and as-of date, nested
 * {@link org.haicap.reporting.Section sections}, and {@link org.haicap.reporting.Indicator
 * indicators} — ratios {@code n/N}, counts, shares, changes, breakdown tables and charts — with
 * bilingual {@link org.haicap.core.text.LocalizedText labels} and, for reported figures, a
 * {@link org.haicap.reporting.Source source}. Percentages are exact decimals rounded HALF_UP.
 *
 * <p>Every type here is immutable and thread-safe; builders are not thread-safe and are meant
 * to be used once. Rendering lives in {@code org.haicap.reporting.render}; see
 * {@code docs/reporting.md}.
 */
package org.haicap.reporting;
