package org.haicap.reporting;

/**
 * A chart (biểu đồ): a {@link BarChart} of categories and values, or a {@link ProgressChart}
 * of {@code n/N} bars. Its data is also available as a {@link Table}, which renderers print
 * beside the picture for accessibility and in text formats instead of it.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface Chart extends Indicator permits BarChart, ProgressChart {

    /** The same data as a table. */
    Table asTable();
}
