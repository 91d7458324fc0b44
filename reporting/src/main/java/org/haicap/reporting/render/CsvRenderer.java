package org.haicap.reporting.render;

import java.io.IOException;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Cell;
import org.haicap.reporting.Change;
import org.haicap.reporting.Chart;
import org.haicap.reporting.Column;
import org.haicap.reporting.ColumnType;
import org.haicap.reporting.Count;
import org.haicap.reporting.Fraction;
import org.haicap.reporting.Indicator;
import org.haicap.core.text.Language;
import org.haicap.reporting.ProgressChart;
import org.haicap.reporting.Ratio;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.Share;
import org.haicap.reporting.Table;

/**
 * CSV (RFC 4180: quotes doubled, CRLF), UTF-8, in two formats:
 * <ul>
 *   <li>{@code csv} ({@link #plain()}): comma-separated, no byte order mark, plain machine
 *   numbers ({@code 2552}, percent {@code 62.6}) and ISO dates: for programs;</li>
 *   <li>{@code csv-excel} ({@link #excel()}): for Excel set to Vietnamese (vi-VN), whose list
 *   separator is {@code ;} and decimal separator {@code ,}: a UTF-8 byte order mark so that
 *   Vietnamese letters show, {@code ;}-separated fields (a field holding a {@code ;}, a quote, CR
 *   or LF is quoted), decimals with a comma ({@code 62,6}) so that Excel reads them as numbers;
 *   integers stay ungrouped ({@code 2552}) and dates ISO ({@code 2025-07-03}), which Excel reads
 *   in any language. The records, columns and texts are those of {@code csv}.</li>
 * </ul>
 *
 * <p>{@link #render} writes the summary: one record per indicator with the columns
 * {@value #SUMMARY_HEADER}. Ratios fill {@code numerator}, {@code denominator} and (when
 * printed) {@code percent}; counts fill {@code value} (always the exact value) and
 * {@code qualifier} (how exact the value is), and {@code rounded_down_to} when they print
 * rounded down ({@link Count#roundedDown(long)}); shares {@code percent}; changes {@code from}
 * and {@code to}. {@code printed} holds the figure of every ratio, count, share and change as
 * the text report prints it in the requested language ({@code hơn 67.000 hồ sơ}), so the
 * summary shows both the exact value and what people read.
 *
 * <p>A chart is a record of its kind ({@code bar_chart}, {@code progress_chart}) naming it,
 * followed by its data, one record per bar or item in chart order: kind {@code bar} with the
 * category as {@code label}, the bar's {@code value} and the chart's {@code unit}; kind
 * {@code progress_item} with the category, {@code numerator} (done), {@code denominator} (the
 * target) and {@code percent}. Both print their figure in {@code printed}. A table appears as
 * one record of kind {@code table} naming it; its data comes from {@link #tables} (one CSV per
 * table or chart) or {@link #renderTable}. In a table, a ratio column becomes three columns,
 * {@code header (n)}, {@code header (N)} and {@code header (%)}.
 *
 * <p>Formula injection: every text field (labels, units, sources, notes, printed figures, text
 * cells) that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is prefixed with an apostrophe {@code '} so that spreadsheets show it as text. The quoting
 * and the neutralising are core's one CSV writer's ({@code org.haicap.core.internal.Csv}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvRenderer implements ReportRenderer {
    /** The header of the summary. */
    public static final String SUMMARY_HEADER =
            "section,section_title,kind,label,value,numerator,denominator,percent,from,to,qualifier,unit,source,note,"
            + "rounded_down_to,printed";

    private static final CsvRenderer PLAIN = new CsvRenderer(false, ',', '.');
    private static final CsvRenderer EXCEL = new CsvRenderer(true, ';', ',');
    private static final boolean[] SUMMARY_TEXT = {false, true, false, true, false, false, false, false, false,
        false, false, true, true, true, false, true};

    private final boolean bom;
    private final char separator;
    private final char decimalSeparator;

    private CsvRenderer(boolean bom, char separator, char decimalSeparator) {
        this.bom = bom;
        this.separator = separator;
        this.decimalSeparator = decimalSeparator;
    }

    /** Format {@code csv}: comma-separated, decimal point, no byte order mark. */
    public static CsvRenderer plain() {
        return PLAIN;
    }

    /**
     * Format {@code csv-excel}: starts with a UTF-8 byte order mark (U+FEFF), separates fields
     * with {@code ;} and writes decimals with a comma, as Excel set to Vietnamese reads them.
     */
    public static CsvRenderer excel() {
        return EXCEL;
    }

    /** Whether output starts with a byte order mark. */
    public boolean byteOrderMark() {
        return bom;
    }

    /** The field separator: {@code ,} for {@code csv}, {@code ;} for {@code csv-excel}. */
    public char separator() {
        return separator;
    }

    /** The decimal separator of numbers: {@code .} for {@code csv}, {@code ,} for {@code csv-excel}. */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    private String number(java.math.BigDecimal value) {
        String plain = value.toPlainString();
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }

    @Override
    public String format() {
        return bom ? "csv-excel" : "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8; header=present";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void render(Report report, Language language, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        Phrases p = new Phrases(language);
        if (bom) {
            out.append('\uFEFF');
        }
        CsvWriter w = new CsvWriter(out, separator);
        w.record(Arrays.asList(SUMMARY_HEADER.split(",")), new boolean[SUMMARY_TEXT.length]);
        int n = 0;
        for (Section s : report.sections()) {
            summary(w, p, s, Integer.toString(++n));
        }
    }

    private void summary(CsvWriter w, Phrases p, Section s, String number) throws IOException {
        for (Indicator i : s.indicators()) {
            String[] f = new String[SUMMARY_TEXT.length];
            Arrays.fill(f, "");
            f[0] = number;
            f[1] = p.t(s.title());
            f[2] = JsonRenderer.kind(i);
            f[3] = p.t(i.label());
            if (i instanceof Ratio) {
                Ratio r = (Ratio) i;
                f[5] = Long.toString(r.numerator());
                f[6] = Long.toString(r.denominator());
                f[7] = r.percent().map(this::number).orElse("");
            } else if (i instanceof Count) {
                Count c = (Count) i;
                f[4] = Long.toString(c.value());
                f[10] = c.qualifier().name().toLowerCase(Locale.ROOT);
                f[11] = c.unit().map(p::t).orElse("");
                f[14] = c.roundedDownTo().isPresent() ? Long.toString(c.roundedDownTo().getAsLong()) : "";
            } else if (i instanceof Share) {
                Share sh = (Share) i;
                f[7] = number(sh.percent());
                sh.basis().ifPresent(b -> {
                    f[5] = Long.toString(b.numerator());
                    f[6] = Long.toString(b.denominator());
                });
            } else if (i instanceof Change) {
                Change c = (Change) i;
                f[8] = Long.toString(c.from());
                f[9] = Long.toString(c.to());
                f[11] = c.unit().map(p::t).orElse("");
            }
            f[12] = i.source().map(src -> p.t(src.name()) + src.reference().map(r -> ", " + r).orElse("")).orElse("");
            f[13] = i.note().map(p::t).orElse("");
            if (i instanceof BarChart) {
                f[11] = ((BarChart) i).unit().map(p::t).orElse("");
            }
            f[15] = Phrases.isScalar(i) ? p.figure(i) : "";
            w.record(Arrays.asList(f), SUMMARY_TEXT);
            if (i instanceof Chart) {
                chartData(w, p, (Chart) i, number, f[1]);
            }
        }
        int n = 0;
        for (Section sub : s.sections()) {
            summary(w, p, sub, number + "." + (++n));
        }
    }

    /** The records of a chart's bars or items, after the record naming the chart. */
    private void chartData(CsvWriter w, Phrases p, Chart chart, String number, String sectionTitle) throws IOException {
        Formats fm = p.formats();
        if (chart instanceof BarChart) {
            BarChart b = (BarChart) chart;
            String unit = b.unit().map(p::t).orElse("");
            for (BarChart.Bar bar : b.bars()) {
                String[] f = emptyRecord(number, sectionTitle, "bar", p.t(bar.category()));
                f[4] = Long.toString(bar.value());
                f[11] = unit;
                f[15] = fm.integer(bar.value()) + (unit.isEmpty() ? "" : " " + unit);
                w.record(Arrays.asList(f), SUMMARY_TEXT);
            }
        } else {
            ProgressChart c = (ProgressChart) chart;
            for (ProgressChart.Item item : c.items()) {
                Fraction fr = item.fraction();
                String[] f = emptyRecord(number, sectionTitle, "progress_item", p.t(item.category()));
                f[5] = Long.toString(fr.numerator());
                f[6] = Long.toString(fr.denominator());
                java.util.Optional<java.math.BigDecimal> percent = fr.percent(c.percentDecimals());
                f[7] = percent.map(this::number).orElse("");
                f[15] = fm.fraction(fr) + percent.map(x -> " (" + fm.percent(x) + ")").orElse("");
                w.record(Arrays.asList(f), SUMMARY_TEXT);
            }
        }
    }

    private static String[] emptyRecord(String number, String sectionTitle, String kind, String label) {
        String[] f = new String[SUMMARY_TEXT.length];
        Arrays.fill(f, "");
        f[0] = number;
        f[1] = sectionTitle;
        f[2] = kind;
        f[3] = label;
        return f;
    }

    /**
     * Writes one table (or a chart's data, through {@link Chart#asTable()}) as CSV with headers
     * in {@code language}, in this renderer's separator, decimal separator and byte order mark.
     *
     * @throws IOException when {@code out} fails
     */
    public void renderTable(Table table, Language language, Appendable out) throws IOException {
        Phrases p = new Phrases(language);
        if (bom) {
            out.append('\uFEFF');
        }
        CsvWriter w = new CsvWriter(out, separator);
        List<String> header = new ArrayList<>();
        List<Boolean> text = new ArrayList<>();
        for (Column c : table.columns()) {
            String h = p.t(c.header());
            if (c.type() == ColumnType.RATIO) {
                header.addAll(List.of(h + " (n)", h + " (N)", h + " (%)"));
                text.addAll(List.of(true, true, true));
            } else {
                header.add(h);
                text.add(true);
            }
        }
        boolean[] headerText = toArray(text);
        w.record(header, headerText);
        boolean[] cellText = new boolean[header.size()];
        int k = 0;
        for (Column c : table.columns()) {
            if (c.type() == ColumnType.RATIO) {
                k += 3;
            } else {
                cellText[k++] = c.type() == ColumnType.TEXT;
            }
        }
        for (var row : table.rows()) {
            List<String> fields = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cell(fields, row.get(c), table.columns().get(c), p);
            }
            w.record(fields, cellText);
        }
    }

    private void cell(List<String> fields, Cell cell, Column column, Phrases p) {
        if (cell instanceof Cell.TextValue) {
            fields.add(p.t(((Cell.TextValue) cell).text()));
        } else if (cell instanceof Cell.IntegerValue) {
            fields.add(Long.toString(((Cell.IntegerValue) cell).value()));
        } else if (cell instanceof Cell.FractionValue) {
            Fraction f = ((Cell.FractionValue) cell).fraction();
            fields.add(Long.toString(f.numerator()));
            fields.add(Long.toString(f.denominator()));
            fields.add(f.percent(column.decimals()).map(this::number).orElse(""));
        } else if (cell instanceof Cell.PercentValue) {
            fields.add(number(((Cell.PercentValue) cell).percent().setScale(column.decimals(), RoundingMode.HALF_UP)));
        } else if (cell instanceof Cell.DateValue) {
            fields.add(((Cell.DateValue) cell).date().toString());
        } else if (column.type() == ColumnType.RATIO) {
            fields.addAll(List.of("", "", ""));
        } else {
            fields.add("");
        }
    }

    /**
     * Every table and chart of {@code report} as its own CSV, in document order, named
     * {@code NN-slug.csv} after its label (Vietnamese letters folded to ASCII).
     */
    public List<CsvFile> tables(Report report, Language language) {
        List<CsvFile> files = new ArrayList<>();
        for (Section s : report.sections()) {
            collect(s, language, files);
        }
        return List.copyOf(files);
    }

    private void collect(Section s, Language language, List<CsvFile> files) {
        for (Indicator i : s.indicators()) {
            Table t = i instanceof Chart ? ((Chart) i).asTable() : i instanceof Table ? (Table) i : null;
            if (t != null) {
                StringBuilder b = new StringBuilder();
                try {
                    renderTable(t, language, b);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                String name = String.format(Locale.ROOT, "%02d-%s.csv", files.size() + 1, slug(t.label().vi()));
                files.add(new CsvFile(name, b.toString()));
            }
        }
        for (Section sub : s.sections()) {
            collect(sub, language, files);
        }
    }

    /** Lower-case ASCII letters and digits joined by dashes: {@code "Hồ sơ theo kênh"} → {@code ho-so-theo-kenh}. */
    static String slug(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String s = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 48) {
            s = s.substring(0, 48).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "table" : s;
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] a = new boolean[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /**
     * One CSV document of {@link #tables}.
     *
     * @param fileName a safe file name, e.g. {@code 01-ho-so-theo-kenh.csv}
     * @param content the CSV text (prefix U+FEFF included when the renderer writes a BOM)
     */
    public record CsvFile(String fileName, String content) {
        /** Checks both parts. */
        public CsvFile {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }
}
