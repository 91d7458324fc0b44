package org.haicap.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haicap.core.text.LocalizedText;

/**
 * Progress bars of {@code n/N} (biểu đồ tiến độ), such as congresses held out of those due.
 * Each bar shows its fraction and its percentage, rounded HALF_UP to {@link #percentDecimals()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the caption
 * @param items the bars, at least one
 * @param percentDecimals decimals of the percentages (0–6)
 * @param source where the figures come from, if reported
 * @param note a note, if any
 */
public record ProgressChart(LocalizedText label, List<Item> items, int percentDecimals,
        Optional<Source> source, Optional<LocalizedText> note) implements Chart {

    /** One bar. @param category what progresses @param fraction how far, {@code n/N} */
    public record Item(LocalizedText category, Fraction fraction) {
        /** Checks both parts. */
        public Item {
            Checks.present("Item.category", category);
            Checks.present("Item.fraction", fraction);
        }

        /** An item {@code n/N}. */
        public static Item of(LocalizedText category, long numerator, long denominator) {
            return new Item(category, Fraction.of(numerator, denominator));
        }
    }

    /** Checks every part. */
    public ProgressChart {
        Checks.present("ProgressChart.label", label);
        items = Checks.list("ProgressChart.items", items);
        if (items.isEmpty()) {
            throw new InvalidReportException(InvalidReportException.Reason.EMPTY, "ProgressChart.items", label.vi());
        }
        Checks.decimals("ProgressChart.percentDecimals", percentDecimals);
        Checks.optional("ProgressChart.source", source);
        Checks.optional("ProgressChart.note", note);
    }

    /** Progress bars with percentages at one decimal. */
    public static ProgressChart of(LocalizedText label, List<Item> items) {
        return new ProgressChart(label, items, Ratio.DEFAULT_DECIMALS, Optional.empty(), Optional.empty());
    }

    /** A copy with percentages at {@code decimals} places (0–6). */
    public ProgressChart withPercentDecimals(int decimals) {
        return new ProgressChart(label, items, decimals, source, note);
    }

    @Override
    public Table asTable() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(List.of(Cell.text(i.category()), new Cell.FractionValue(i.fraction())));
        }
        return new Table(label, List.of(
                Column.of(LocalizedText.of("Hạng mục", "Category"), ColumnType.TEXT),
                new Column(LocalizedText.of("Tiến độ", "Progress"), ColumnType.RATIO, percentDecimals)),
                rows, source, note);
    }

    @Override
    public ProgressChart withSource(Source source) {
        return new ProgressChart(label, items, percentDecimals, Optional.of(Checks.present("source", source)), note);
    }

    @Override
    public ProgressChart withNote(LocalizedText note) {
        return new ProgressChart(label, items, percentDecimals, source, Optional.of(Checks.present("note", note)));
    }
}
