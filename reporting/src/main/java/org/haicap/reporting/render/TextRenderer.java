package org.haicap.reporting.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.haicap.reporting.Chart;
import org.haicap.reporting.Indicator;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.Table;

/**
 * Plain text, one line per figure ({@code - Ban Chấp hành: 2.552/4.076 (62,6%)}), numbered
 * section headings, tables and chart data as aligned columns. Lines end with {@code \n}.
 */
final class TextRenderer implements ReportRenderer {
    static final TextRenderer INSTANCE = new TextRenderer();

    private TextRenderer() {
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void render(Report report, Language language, Appendable out) throws IOException {
        Phrases p = new Phrases(language);
        Formats f = p.formats();
        if (report.issuer().isPresent()) {
            line(out, p.t(report.issuer().get()));
        }
        line(out, p.t(report.title()));
        line(out, p.periodLabel() + ": " + f.period(report.period()));
        line(out, p.asOfLabel() + ": " + f.date(report.asOf()));
        int n = 0;
        for (Section s : report.sections()) {
            section(out, p, s, (++n) + ".", 0);
        }
    }

    private void section(Appendable out, Phrases p, Section s, String number, int depth) throws IOException {
        out.append('\n');
        line(out, number + " " + p.t(s.title()));
        for (Indicator i : s.indicators()) {
            if (Phrases.isScalar(i)) {
                line(out, "- " + p.t(i.label()) + ": " + p.figure(i) + p.provenance(i));
            } else {
                Table t = i instanceof Chart ? ((Chart) i).asTable() : (Table) i;
                line(out, "- " + p.t(i.label()) + p.provenance(i) + ":");
                table(out, p, t);
            }
        }
        int n = 0;
        for (Section sub : s.sections()) {
            section(out, p, sub, number + (++n) + ".", depth + 1);
        }
    }

    private static void table(Appendable out, Phrases p, Table t) throws IOException {
        int cols = t.columns().size();
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[cols];
        for (int c = 0; c < cols; c++) {
            header[c] = p.t(t.columns().get(c).header());
        }
        lines.add(header);
        for (var row : t.rows()) {
            String[] cells = new String[cols];
            for (int c = 0; c < cols; c++) {
                cells[c] = p.cell(row.get(c), t.columns().get(c));
            }
            lines.add(cells);
        }
        int[] width = new int[cols];
        for (String[] l : lines) {
            for (int c = 0; c < cols; c++) {
                l[c] = Phrases.oneLine(l[c]);
                width[c] = Math.max(width[c], length(l[c]));
            }
        }
        for (int li = 0; li < lines.size(); li++) {
            StringBuilder b = new StringBuilder("  ");
            for (int c = 0; c < cols; c++) {
                boolean right = t.columns().get(c).type().isNumeric();
                b.append(c == 0 ? "" : "  ").append(pad(lines.get(li)[c], width[c], right));
            }
            line(out, strip(b));
            if (li == 0) {
                StringBuilder rule = new StringBuilder("  ");
                for (int c = 0; c < cols; c++) {
                    rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
                }
                line(out, rule.toString());
            }
        }
        if (t.rows().isEmpty()) {
            line(out, "  (" + p.noDataLabel() + ")");
        }
    }

    private static String strip(StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - length(s));
        return right ? fill + s : s + fill;
    }

    private static void line(Appendable out, String s) throws IOException {
        out.append(Phrases.oneLine(s)).append('\n');
    }
}
