package org.haicap.reporting.standard;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.haicap.reporting.Count;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Source;

/**
 * A figure reported from outside the model (số liệu báo cáo): a value with its label, unit and
 * {@link Source}, such as 3.570 feedback reports from the iHanoi application. The source is
 * required: a figure the host did not count itself must say where it comes from, and the report
 * prints it ({@code (nguồn: iHanoi)}).
 *
 * <p>Known figures are made with {@link #of(StandardFigure, long, Source)} or
 * {@link #of(String, long, Source)} (label and unit from {@link StandardFigure}); any other with
 * {@link #extra(String, LocalizedText, long, Source)}, which the report prints in a section of
 * its own. This is an immutable, thread-safe value.
 *
 * <p>A reported figure is the figure as reported: when the source gives only a rounded figure
 * ("hơn 200 luật sư"), that rounded figure IS the data, kept as {@code value} with
 * {@link #moreThan()}; no exact count exists to keep. It therefore has no display rounding:
 * {@link #toCount()} never sets {@link Count#roundedDownTo()}. A count the host computes itself
 * from its records is instead kept exact and printed rounded with {@link Count#roundedDown(long)},
 * as {@link OperationsReport} does for dossiers and party-fee payments.
 *
 * @param key the stable key, e.g. {@code ihanoi.feedback}
 * @param label the label printed before the value
 * @param value the value, not negative
 * @param qualifier how exact the value is ({@code hơn}, {@code trên}, {@code khoảng})
 * @param unit the unit printed after the value, if any
 * @param compactDecimals decimals of the abbreviated form ({@code 1,9 triệu}), if abbreviated
 * @param source where the figure comes from
 */
public record ReportedFigure(String key, LocalizedText label, long value, Count.Qualifier qualifier,
        Optional<LocalizedText> unit, OptionalInt compactDecimals, Source source) {

    /**
     * Checks the values.
     *
     * @throws InvalidFigureException if the key is blank or the value negative
     */
    public ReportedFigure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(compactDecimals, "compactDecimals");
        Objects.requireNonNull(source, "source");
        if (key.isBlank()) {
            throw new InvalidFigureException(key, "khóa số liệu trống", "the figure key is blank");
        }
        if (value < 0) {
            throw new InvalidFigureException(key + "=" + value, "số liệu không được âm", "a figure cannot be negative");
        }
    }

    /** A known figure, exact, with its standard label and unit. */
    public static ReportedFigure of(StandardFigure figure, long value, Source source) {
        return new ReportedFigure(figure.key(), figure.label(), value, Count.Qualifier.EXACT, Optional.of(figure.unit()),
                figure.compactDecimals(), source);
    }

    /**
     * A known figure by its key.
     *
     * @throws InvalidFigureException if the key is not one of {@link StandardFigure}'s (use
     *     {@link #extra} for other figures)
     */
    public static ReportedFigure of(String key, long value, Source source) {
        StandardFigure f = StandardFigure.ofKey(key).orElseThrow(() -> new InvalidFigureException(key,
                "khóa không thuộc báo cáo chuẩn, hãy dùng ReportedFigure.extra(...)",
                "not a key of the standard report; use ReportedFigure.extra(...)"));
        return of(f, value, source);
    }

    /** Any other figure, exact, without unit. */
    public static ReportedFigure extra(String key, LocalizedText label, long value, Source source) {
        return new ReportedFigure(key, label, value, Count.Qualifier.EXACT, Optional.empty(), OptionalInt.empty(), source);
    }

    /** This figure printed with "hơn" / "more than". */
    public ReportedFigure moreThan() {
        return withQualifier(Count.Qualifier.MORE_THAN);
    }

    /** This figure printed with "trên" / "over". */
    public ReportedFigure over() {
        return withQualifier(Count.Qualifier.OVER);
    }

    /** This figure with another qualifier. */
    public ReportedFigure withQualifier(Count.Qualifier q) {
        return new ReportedFigure(key, label, value, q, unit, compactDecimals, source);
    }

    /** This figure with a unit. */
    public ReportedFigure withUnit(LocalizedText u) {
        return new ReportedFigure(key, label, value, qualifier, Optional.of(u), compactDecimals, source);
    }

    /** Whether this is one of the {@link StandardFigure}s. */
    public boolean isStandard() {
        return StandardFigure.ofKey(key).isPresent();
    }

    /** The figure as a report indicator carrying its source; the value as reported, not rounded again. */
    public Count toCount() {
        Count c = Count.of(label, value).withQualifier(qualifier).withSource(source);
        if (unit.isPresent()) {
            c = c.withUnit(unit.get());
        }
        return compactDecimals.isPresent() ? c.compact(compactDecimals.getAsInt()) : c;
    }
}
