package org.haicap.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.haicap.core.text.LocalizedText;

/**
 * One cell of a {@link Table} (ô). Its kind must match its {@link ColumnType}; an
 * {@link Empty} cell fits any column and prints as a dash.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface Cell {

    /** A text cell. @param text the text */
    record TextValue(LocalizedText text) implements Cell {
        /** Checks the text. */
        public TextValue {
            Checks.present("Cell.text", text);
        }
    }

    /** A whole-number cell. @param value the number, {@code ≥ 0} */
    record IntegerValue(long value) implements Cell {
        /** Checks the value. */
        public IntegerValue {
            Checks.nonNegative("Cell.integer", value);
        }
    }

    /** A ratio cell {@code n/N}. @param fraction the figures */
    record FractionValue(Fraction fraction) implements Cell {
        /** Checks the fraction. */
        public FractionValue {
            Checks.present("Cell.ratio", fraction);
        }
    }

    /** A percentage cell, 0–100. @param percent the percentage */
    record PercentValue(BigDecimal percent) implements Cell {
        /** Checks the range. */
        public PercentValue {
            Checks.present("Cell.percent", percent);
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidReportException(InvalidReportException.Reason.PERCENT_OUT_OF_RANGE,
                        "Cell.percent", percent.toPlainString());
            }
        }
    }

    /** A date cell. @param date the date */
    record DateValue(LocalDate date) implements Cell {
        /** Checks the date. */
        public DateValue {
            Checks.present("Cell.date", date);
        }
    }

    /** No value (không có số liệu). */
    record Empty() implements Cell {
    }

    /** A Vietnamese-only text cell, e.g. a unit name. */
    static Cell text(String vi) {
        return new TextValue(LocalizedText.of(vi));
    }

    /** A bilingual text cell. */
    static Cell text(LocalizedText text) {
        return new TextValue(text);
    }

    /** A whole-number cell. */
    static Cell integer(long value) {
        return new IntegerValue(value);
    }

    /** A ratio cell {@code n/N}. */
    static Cell ratio(long numerator, long denominator) {
        return new FractionValue(Fraction.of(numerator, denominator));
    }

    /** A percentage cell. */
    static Cell percent(BigDecimal percent) {
        return new PercentValue(percent);
    }

    /** A date cell. */
    static Cell date(LocalDate date) {
        return new DateValue(date);
    }

    /** An empty cell. */
    static Cell empty() {
        return new Empty();
    }

    /** Whether this cell may stand in a column of {@code type}. */
    default boolean fits(ColumnType type) {
        if (this instanceof Empty) {
            return true;
        }
        switch (type) {
            case TEXT:
                return this instanceof TextValue;
            case INTEGER:
                return this instanceof IntegerValue;
            case RATIO:
                return this instanceof FractionValue;
            case PERCENT:
                return this instanceof PercentValue;
            case DATE:
                return this instanceof DateValue;
            default:
                throw new AssertionError(type);
        }
    }
}
