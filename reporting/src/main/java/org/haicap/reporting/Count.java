package org.haicap.reporting;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A count (số lượng) with an optional unit noun and qualifier: {@code 600 nghị quyết},
 * {@code hơn 66.000 hồ sơ} / {@code more than 66,000 dossiers}. Large reported figures may
 * print abbreviated: with {@link #compactDecimals()} set, a value of a million or more prints
 * as {@code 1,9 triệu} / {@code 1.9 million} (billions as {@code tỷ} / {@code billion});
 * smaller values print in full. The exact value is always kept for machine output.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label
 * @param value the figure, {@code ≥ 0}
 * @param qualifier exact, or "more than" and its kin
 * @param unit the unit noun, e.g. {@code hồ sơ} / {@code dossiers}
 * @param compactDecimals decimals of the abbreviated form (0–6), empty to print in full
 * @param source where the figure comes from, if reported
 * @param note a note, if any
 */
public record Count(LocalizedText label, long value, Qualifier qualifier, Optional<LocalizedText> unit,
        OptionalInt compactDecimals, Optional<Source> source, Optional<LocalizedText> note) implements Indicator {

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

    /** Checks every part. */
    public Count {
        Checks.present("Count.label", label);
        Checks.nonNegative("Count.value", value);
        Checks.present("Count.qualifier", qualifier);
        Checks.optional("Count.unit", unit);
        Checks.present("Count.compactDecimals", compactDecimals);
        compactDecimals.ifPresent(d -> Checks.decimals("Count.compactDecimals", d));
        Checks.optional("Count.source", source);
        Checks.optional("Count.note", note);
    }

    /** An exact count without unit. */
    public static Count of(LocalizedText label, long value) {
        return new Count(label, value, Qualifier.EXACT, Optional.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A copy with this unit noun ({@code hồ sơ} / {@code dossiers}). */
    public Count withUnit(LocalizedText unit) {
        return new Count(label, value, qualifier, Optional.of(Checks.present("unit", unit)), compactDecimals, source, note);
    }

    /** A copy with this qualifier. */
    public Count withQualifier(Qualifier qualifier) {
        return new Count(label, value, Checks.present("qualifier", qualifier), unit, compactDecimals, source, note);
    }

    /** A copy qualified "more than" ({@code hơn}). */
    public Count moreThan() {
        return withQualifier(Qualifier.MORE_THAN);
    }

    /** A copy printed abbreviated from a million up, with {@code decimals} places (0–6). */
    public Count compact(int decimals) {
        return new Count(label, value, qualifier, unit,
                OptionalInt.of(Checks.decimals("Count.compactDecimals", decimals)), source, note);
    }

    @Override
    public Count withSource(Source source) {
        return new Count(label, value, qualifier, unit, compactDecimals, Optional.of(Checks.present("source", source)), note);
    }

    @Override
    public Count withNote(LocalizedText note) {
        return new Count(label, value, qualifier, unit, compactDecimals, source, Optional.of(Checks.present("note", note)));
    }
}
