package org.haicap.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haicap.core.text.LocalizedText;

/**
 * A horizontal bar chart of categories and whole-number values (biểu đồ cột), such as dossiers
 * per channel. Bars keep the order given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the caption
 * @param bars the bars, at least one
 * @param unit the unit of the values, if any (printed as the value column header)
 * @param source where the figures come from, if reported
 * @param note a note, if any
 */
public record BarChart(LocalizedText label, List<Bar> bars, Optional<LocalizedText> unit,
        Optional<Source> source, Optional<LocalizedText> note) implements Chart {

    /** One bar. @param category what it counts @param value the value, {@code ≥ 0} */
    public record Bar(LocalizedText category, long value) {
        /** Checks both parts. */
        public Bar {
            Checks.present("Bar.category", category);
            Checks.nonNegative("Bar.value", value);
        }
    }

    /** Checks every part. */
    public BarChart {
        Checks.present("BarChart.label", label);
        bars = Checks.list("BarChart.bars", bars);
        if (bars.isEmpty()) {
            throw new InvalidReportException(InvalidReportException.Reason.EMPTY, "BarChart.bars", label.vi());
        }
        Checks.optional("BarChart.unit", unit);
        Checks.optional("BarChart.source", source);
        Checks.optional("BarChart.note", note);
    }

    /** A bar chart of these bars. */
    public static BarChart of(LocalizedText label, List<Bar> bars) {
        return new BarChart(label, bars, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The largest value (the scale of the chart). */
    public long max() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    /** A copy with this unit. */
    public BarChart withUnit(LocalizedText unit) {
        return new BarChart(label, bars, Optional.of(Checks.present("unit", unit)), source, note);
    }

    @Override
    public Table asTable() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Bar b : bars) {
            rows.add(List.of(Cell.text(b.category()), Cell.integer(b.value())));
        }
        return new Table(label, List.of(
                Column.of(LocalizedText.of("Hạng mục", "Category"), ColumnType.TEXT),
                Column.of(unit.orElse(LocalizedText.of("Số lượng", "Count")), ColumnType.INTEGER)),
                rows, source, note);
    }

    @Override
    public BarChart withSource(Source source) {
        return new BarChart(label, bars, unit, Optional.of(Checks.present("source", source)), note);
    }

    @Override
    public BarChart withNote(LocalizedText note) {
        return new BarChart(label, bars, unit, source, Optional.of(Checks.present("note", note)));
    }
}
