package org.haicap.reporting;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.haicap.core.text.LocalizedText;

/**
 * A ratio {@code n/N} (tỷ lệ), optionally with its percentage: {@code 1.233/1.238 (99,6%)}.
 * The percentage is rounded HALF_UP to {@link #percentDecimals()} places; with no decimals set
 * the ratio prints bare ({@code 125/126}). When {@code N = 0} no percentage exists and
 * renderers say so instead of printing a number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label
 * @param fraction the figures
 * @param percentDecimals decimals of the printed percentage (0–6), empty to print none
 * @param source where the figure comes from, if reported
 * @param note a note, if any
 */
public record Ratio(LocalizedText label, Fraction fraction, OptionalInt percentDecimals,
        Optional<Source> source, Optional<LocalizedText> note) implements Indicator {

    /** Default decimals of a percentage: one, as in {@code 99,6%}. */
    public static final int DEFAULT_DECIMALS = 1;

    /** Checks every part. */
    public Ratio {
        Checks.present("Ratio.label", label);
        Checks.present("Ratio.fraction", fraction);
        Checks.present("Ratio.percentDecimals", percentDecimals);
        percentDecimals.ifPresent(d -> Checks.decimals("Ratio.percentDecimals", d));
        Checks.optional("Ratio.source", source);
        Checks.optional("Ratio.note", note);
    }

    /** {@code n/N} with its percentage at one decimal. */
    public static Ratio of(LocalizedText label, long numerator, long denominator) {
        return new Ratio(label, Fraction.of(numerator, denominator), OptionalInt.of(DEFAULT_DECIMALS),
                Optional.empty(), Optional.empty());
    }

    /** The numerator {@code n}. */
    public long numerator() {
        return fraction.numerator();
    }

    /** The denominator {@code N}. */
    public long denominator() {
        return fraction.denominator();
    }

    /** The percentage to print: empty when none is wanted or {@code N = 0}. */
    public Optional<BigDecimal> percent() {
        return percentDecimals.isPresent() ? fraction.percent(percentDecimals.getAsInt()) : Optional.empty();
    }

    /** A copy printing the percentage with {@code decimals} places (0–6). */
    public Ratio withPercentDecimals(int decimals) {
        return new Ratio(label, fraction, OptionalInt.of(Checks.decimals("Ratio.percentDecimals", decimals)), source, note);
    }

    /** A copy printing no percentage, only {@code n/N}. */
    public Ratio withoutPercent() {
        return new Ratio(label, fraction, OptionalInt.empty(), source, note);
    }

    @Override
    public Ratio withSource(Source source) {
        return new Ratio(label, fraction, percentDecimals, Optional.of(Checks.present("source", source)), note);
    }

    @Override
    public Ratio withNote(LocalizedText note) {
        return new Ratio(label, fraction, percentDecimals, source, Optional.of(Checks.present("note", note)));
    }
}
