package org.haicap.reporting;

import org.haicap.core.text.LocalizedText;

/**
 * A column of a {@link Table}: its header, type and, for ratios and percentages, the number
 * of decimals printed (rounded HALF_UP).
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the header
 * @param type the type of its cells
 * @param decimals decimals of percentages (0–6); ignored by other types
 */
public record Column(LocalizedText header, ColumnType type, int decimals) {

    /** Checks every part. */
    public Column {
        Checks.present("Column.header", header);
        Checks.present("Column.type", type);
        Checks.decimals("Column.decimals", decimals);
    }

    /** A column with one decimal for percentages. */
    public static Column of(LocalizedText header, ColumnType type) {
        return new Column(header, type, Ratio.DEFAULT_DECIMALS);
    }
}
