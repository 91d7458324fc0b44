package org.haicap.reporting;

/**
 * The type of a {@link Table} column, which fixes the kind of {@link Cell} it holds and how
 * renderers print and align it. Every column also accepts {@link Cell.Empty}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ColumnType {
    /** Text: unit names, roles, channels ({@link Cell.TextValue}). */
    TEXT,
    /** A whole number ({@link Cell.IntegerValue}). */
    INTEGER,
    /** {@code n/N} with its percentage ({@link Cell.FractionValue}). */
    RATIO,
    /** A percentage ({@link Cell.PercentValue}). */
    PERCENT,
    /** A date ({@link Cell.DateValue}). */
    DATE;

    /** Whether renderers align it to the right (numbers and dates). */
    public boolean isNumeric() {
        return this != TEXT;
    }
}
