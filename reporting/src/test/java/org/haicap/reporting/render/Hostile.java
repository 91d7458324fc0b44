package org.haicap.reporting.render;

import java.time.LocalDate;
import java.util.List;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Cell;
import org.haicap.reporting.ColumnType;
import org.haicap.reporting.Count;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.ProgressChart;
import org.haicap.reporting.Report;
import org.haicap.reporting.Source;
import org.haicap.reporting.Table;

/** A report whose every text is hostile: markup, attribute breakers, formulas, line breaks. */
final class Hostile {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTR = "\" onload=\"alert(2)";
    static final String IMG = "<img src=x onerror=alert(3)>";
    static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";

    private Hostile() {
    }

    static Report build() {
        LocalizedText script = LocalizedText.of(SCRIPT, SCRIPT);
        return Report.builder(LocalizedText.of(SCRIPT + " tiêu đề", "</title>" + SCRIPT))
                .issuer(LocalizedText.of(ATTR))
                .period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(LocalizedText.of(IMG), s -> s
                        .add(Count.of(script, 42).withUnit(LocalizedText.of(ATTR))
                                .withSource(Source.of(FORMULA)).withNote(LocalizedText.of("+1|a*b*[x](y)\nnew line")))
                        .add(Table.builder(LocalizedText.of("</table>" + SCRIPT))
                                .column(LocalizedText.of(FORMULA), ColumnType.TEXT)
                                .column(LocalizedText.of("-2+3"), ColumnType.INTEGER)
                                .row(Cell.text(FORMULA), Cell.integer(7))
                                .row(Cell.text("@SUM(A1:A2)"), Cell.integer(8))
                                .row(Cell.text("-1+1"), Cell.integer(9))
                                .row(Cell.text("+1"), Cell.integer(10))
                                .row(Cell.text("a,b \"quoted\"\r\nnext"), Cell.integer(11))
                                .build())
                        .add(BarChart.of(LocalizedText.of(ATTR + "</svg>" + SCRIPT), List.of(
                                new BarChart.Bar(LocalizedText.of(IMG), 5),
                                new BarChart.Bar(LocalizedText.of("</text><script>alert(4)</script>"), 3))))
                        .add(ProgressChart.of(LocalizedText.of("</desc>" + SCRIPT), List.of(
                                ProgressChart.Item.of(LocalizedText.of(ATTR), 1, 2)))))
                .build();
    }
}
