package org.haicap.reporting;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.text.Language;

/**
 * A count (số lượng) with an optional unit noun and qualifier: {@code 600 nghị quyết},
 * {@code hơn 66.000 hồ sơ} / {@code more than 66,000 dossiers}. {@link #value()} is always the
 * figure as given; how it prints for people is a display choice kept beside it, so machine
 * output (JSON, CSV) never loses the exact count:
 * <ul>
 *   <li>{@link #compactDecimals()}: a value of a million or more prints abbreviated as
 *   {@code 1,9 triệu} / {@code 1.9 million} (billions as {@code tỷ} / {@code billion});
 *   smaller values print in full;</li>
 *   <li>{@link #roundedDownTo()} (làm tròn xuống khi in): the value prints rounded down to a
 *   multiple of the step, with {@code hơn} / {@code more than} when something was cut, the
 *   style of the official reports: a computed 67.662 with {@link #roundedDown(long)
 *   roundedDown(1000)} prints {@code hơn 67.000}, 67.000 prints {@code 67.000}, 999 prints
 *   {@code 999}; {@link #printedValue()} and {@link #printedQualifier()} say what is printed.</li>
 * </ul>
 * A figure reported by others already rounded ("hơn 200 luật sư") has no exact value to keep:
 * give the rounded figure as the value with {@link #moreThan()} instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label
 * @param value the figure, {@code ≥ 0}; exact whenever the qualifier is {@link Qualifier#EXACT}
 * @param qualifier exact, or "more than" and its kin; says how exact {@code value} is
 * @param unit the unit noun, e.g. {@code hồ sơ} / {@code dossiers}
 * @param compactDecimals decimals of the abbreviated form (0–6), empty to print in full
 * @param roundedDownTo the step ({@code ≥ 1}) the value prints rounded down to, empty to print
 *     it as it is
 * @param source where the figure comes from, if reported
 * @param note a note, if any
 */
public record Count(LocalizedText label, long value, Qualifier qualifier, Optional<LocalizedText> unit,
        OptionalInt compactDecimals, OptionalLong roundedDownTo, Optional<Source> source,
        Optional<LocalizedText> note) implements Indicator {

    /** How exact a count is, and the word printed before it; immutable and thread-safe. */
    public enum Qualifier {
        /** Exact: no word. */
        EXACT("", ""),
        /** {@code hơn} / {@code more than}. */
        MORE_THAN("hơn", "more than"),
        /** {@code trên} / {@code over}. */
        OVER("trên", "over"),
        /** {@code khoảng} / {@code about}. */
        ABOUT("khoảng", "about");

        private final String vi;
        private final String en;

        Qualifier(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        /** The word in {@code language}; empty for {@link #EXACT}. */
        public String word(Language language) {
            return language == Language.EN ? en : vi;
        }
    }

    /**
     * Checks every part.
     *
     * @throws InvalidReportException if a part is missing, the value negative, the decimals
     *     outside 0–6 or the rounding step below 1
     */
    public Count {
        Checks.present("Count.label", label);
        Checks.nonNegative("Count.value", value);
        Checks.present("Count.qualifier", qualifier);
        Checks.optional("Count.unit", unit);
        Checks.present("Count.compactDecimals", compactDecimals);
        compactDecimals.ifPresent(d -> Checks.decimals("Count.compactDecimals", d));
        Checks.present("Count.roundedDownTo", roundedDownTo);
        roundedDownTo.ifPresent(step -> Checks.positive("Count.roundedDownTo", step));
        Checks.optional("Count.source", source);
        Checks.optional("Count.note", note);
    }

    /** A count printed as it is (no display rounding); the constructor of earlier versions. */
    public Count(LocalizedText label, long value, Qualifier qualifier, Optional<LocalizedText> unit,
            OptionalInt compactDecimals, Optional<Source> source, Optional<LocalizedText> note) {
        this(label, value, qualifier, unit, compactDecimals, OptionalLong.empty(), source, note);
    }

    /** An exact count without unit. */
    public static Count of(LocalizedText label, long value) {
        return new Count(label, value, Qualifier.EXACT, Optional.empty(), OptionalInt.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A copy with this unit noun ({@code hồ sơ} / {@code dossiers}). */
    public Count withUnit(LocalizedText unit) {
        return new Count(label, value, qualifier, Optional.of(Checks.present("unit", unit)), compactDecimals,
                roundedDownTo, source, note);
    }

    /** A copy with this qualifier. */
    public Count withQualifier(Qualifier qualifier) {
        return new Count(label, value, Checks.present("qualifier", qualifier), unit, compactDecimals, roundedDownTo,
                source, note);
    }

    /**
     * A copy qualified "more than" ({@code hơn}): for a figure that is itself a lower bound,
     * such as a figure reported already rounded. To print an exact count rounded, use
     * {@link #roundedDown(long)}.
     */
    public Count moreThan() {
        return withQualifier(Qualifier.MORE_THAN);
    }

    /** A copy printed abbreviated from a million up, with {@code decimals} places (0–6). */
    public Count compact(int decimals) {
        return new Count(label, value, qualifier, unit,
                OptionalInt.of(Checks.decimals("Count.compactDecimals", decimals)), roundedDownTo, source, note);
    }

    /**
     * A copy that prints rounded down to a multiple of {@code step}, with {@code hơn} /
     * {@code more than} when something was cut: with a step of 1.000, 67.662 prints
     * {@code hơn 67.000}, 67.000 prints {@code 67.000} and 999 prints {@code 999}. The value
     * stays exact; JSON and CSV carry it and the step. Combined with {@link #compact(int)}, the
     * rounded figure is abbreviated; choose a step no finer than the abbreviation shows (for
     * {@code compact(1)}: 100.000) so that the abbreviation does not round it up again.
     *
     * @param step the multiple, {@code ≥ 1}
     * @throws InvalidReportException if {@code step < 1}
     */
    public Count roundedDown(long step) {
        return new Count(label, value, qualifier, unit, compactDecimals,
                OptionalLong.of(Checks.positive("Count.roundedDownTo", step)), source, note);
    }

    /**
     * The figure printed for people before any abbreviation: the value rounded down to a
     * multiple of {@link #roundedDownTo()}, or the value itself when there is no rounding or the
     * value is below the step. Always {@code printedValue() ≤ value() < printedValue() + step}.
     */
    public long printedValue() {
        if (roundedDownTo.isEmpty() || value < roundedDownTo.getAsLong()) {
            return value;
        }
        return value - value % roundedDownTo.getAsLong();
    }

    /**
     * The qualifier printed before {@link #printedValue()}: {@link Qualifier#MORE_THAN} when the
     * rounding cut something from an {@link Qualifier#EXACT} value, else {@link #qualifier()}
     * (a value already "over" or "about" keeps its word).
     */
    public Qualifier printedQualifier() {
        return qualifier == Qualifier.EXACT && printedValue() != value ? Qualifier.MORE_THAN : qualifier;
    }

    @Override
    public Count withSource(Source source) {
        return new Count(label, value, qualifier, unit, compactDecimals, roundedDownTo,
                Optional.of(Checks.present("source", source)), note);
    }

    @Override
    public Count withNote(LocalizedText note) {
        return new Count(label, value, qualifier, unit, compactDecimals, roundedDownTo, source,
                Optional.of(Checks.present("note", note)));
    }
}
