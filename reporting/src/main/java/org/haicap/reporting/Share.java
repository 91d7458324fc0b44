package org.haicap.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.haicap.core.text.LocalizedText;

/**
 * A share (tỷ trọng), printed as a percentage only: {@code 14%} of dossiers filed online.
 * Given either as a percentage, when that is all the source reports, or as a fraction
 * {@code n/N}, whose percentage is then rounded HALF_UP to {@link #decimals()} places.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label
 * @param percent the percentage, 0–100, with scale {@code decimals}
 * @param decimals decimals printed (0–6)
 * @param basis the fraction it was computed from, if known
 * @param source where the figure comes from, if reported
 * @param note a note, if any
 */
public record Share(LocalizedText label, BigDecimal percent, int decimals, Optional<Fraction> basis,
        Optional<Source> source, Optional<LocalizedText> note) implements Indicator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks the range and rounds the percentage to {@code decimals} places, HALF_UP. */
    public Share {
        Checks.present("Share.label", label);
        Checks.present("Share.percent", percent);
        Checks.decimals("Share.decimals", decimals);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidReportException(InvalidReportException.Reason.PERCENT_OUT_OF_RANGE,
                    "Share.percent", percent.toPlainString());
        }
        percent = percent.setScale(decimals, RoundingMode.HALF_UP);
        Checks.optional("Share.basis", basis);
        Checks.optional("Share.source", source);
        Checks.optional("Share.note", note);
    }

    /** A share given as a percentage, printed with as many decimals as {@code percent} has (at most 6). */
    public static Share ofPercent(LocalizedText label, BigDecimal percent) {
        Checks.present("Share.percent", percent);
        int scale = Math.max(0, percent.stripTrailingZeros().scale());
        return new Share(label, percent, Checks.decimals("Share.decimals", scale), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A share given as a whole percentage, e.g. {@code 14}. */
    public static Share ofPercent(LocalizedText label, long percent) {
        return ofPercent(label, BigDecimal.valueOf(percent));
    }

    /**
     * A share computed from {@code n/N}, rounded HALF_UP to {@code decimals} places.
     *
     * @throws InvalidReportException when {@code N = 0}
     */
    public static Share ofFraction(LocalizedText label, long numerator, long denominator, int decimals) {
        Fraction f = Fraction.of(numerator, denominator);
        BigDecimal p = f.percent(decimals).orElseThrow(() -> new InvalidReportException(
                InvalidReportException.Reason.ZERO_DENOMINATOR, "Share", f.toString()));
        return new Share(label, p, decimals, Optional.of(f), Optional.empty(), Optional.empty());
    }

    @Override
    public Share withSource(Source source) {
        return new Share(label, percent, decimals, basis, Optional.of(Checks.present("source", source)), note);
    }

    @Override
    public Share withNote(LocalizedText note) {
        return new Share(label, percent, decimals, basis, source, Optional.of(Checks.present("note", note)));
    }
}
