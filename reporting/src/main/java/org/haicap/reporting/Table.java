package org.haicap.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.haicap.core.text.LocalizedText;

/**
 * A breakdown table (bảng): typed columns and rows of cells, e.g. seats filled by role, dossiers
 * by channel, progress by commune. Every row has one cell per column and each cell fits its
 * column's type; an empty table (no rows) is allowed and renders as such.
 *
 * <p>Immutable and thread-safe; build with {@link #builder(LocalizedText)}.
 *
 * @param label the caption
 * @param columns the columns, at least one
 * @param rows the rows
 * @param source where the figures come from, if reported
 * @param note a note, if any
 */
public record Table(LocalizedText label, List<Column> columns, List<List<Cell>> rows,
        Optional<Source> source, Optional<LocalizedText> note) implements Indicator {

    /** Checks the shape of every row and the type of every cell. */
    public Table {
        Checks.present("Table.label", label);
        columns = Checks.list("Table.columns", columns);
        if (columns.isEmpty()) {
            throw new InvalidReportException(InvalidReportException.Reason.EMPTY, "Table.columns", label.vi());
        }
        List<List<Cell>> copy = new ArrayList<>();
        for (int r = 0; r < Checks.present("Table.rows", rows).size(); r++) {
            List<Cell> row = Checks.list("Table.rows[" + r + "]", rows.get(r));
            if (row.size() != columns.size()) {
                throw new InvalidReportException(InvalidReportException.Reason.ROW_WIDTH,
                        "Table \"" + label.vi() + "\" row " + r, row.size() + " ≠ " + columns.size());
            }
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).fits(columns.get(c).type())) {
                    throw new InvalidReportException(InvalidReportException.Reason.CELL_TYPE,
                            "Table \"" + label.vi() + "\" row " + r + " column " + c,
                            row.get(c) + " ∉ " + columns.get(c).type());
                }
            }
            copy.add(row);
        }
        rows = List.copyOf(copy);
        Checks.optional("Table.source", source);
        Checks.optional("Table.note", note);
    }

    /** A builder of a table with this caption. */
    public static Builder builder(LocalizedText label) {
        return new Builder(label);
    }

    @Override
    public Table withSource(Source source) {
        return new Table(label, columns, rows, Optional.of(Checks.present("source", source)), note);
    }

    @Override
    public Table withNote(LocalizedText note) {
        return new Table(label, columns, rows, source, Optional.of(Checks.present("note", note)));
    }

    /** Collects columns and rows; not thread-safe, use once. */
    public static final class Builder {
        private final LocalizedText label;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(LocalizedText label) {
            this.label = Checks.present("Table.label", label);
        }

        /** Adds a column. */
        public Builder column(Column column) {
            columns.add(Checks.present("Table.column", column));
            return this;
        }

        /** Adds a column with one decimal for percentages. */
        public Builder column(LocalizedText header, ColumnType type) {
            return column(Column.of(header, type));
        }

        /** Adds a row; its width and types are checked by {@link #build()}. */
        public Builder row(Cell... cells) {
            rows.add(Arrays.asList(Checks.present("Table.row", cells).clone()));
            return this;
        }

        /** The table. @throws InvalidReportException for a row of the wrong shape */
        public Table build() {
            return new Table(label, columns, rows, Optional.empty(), Optional.empty());
        }
    }
}
