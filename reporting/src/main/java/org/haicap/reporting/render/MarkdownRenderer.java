package org.haicap.reporting.render;

import java.io.IOException;
import org.haicap.reporting.Chart;
import org.haicap.reporting.Column;
import org.haicap.reporting.Indicator;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.Table;

/**
 * Markdown (CommonMark with GitHub pipe tables): a title, the period, numbered section
 * headings, a bullet per figure, a pipe table per table or chart. Every text from the model
 * is escaped so it cannot add links, HTML or table cells.
 */
final class MarkdownRenderer implements ReportRenderer {
    static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    private MarkdownRenderer() {
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(Report report, Language language, Appendable out) throws IOException {
        Phrases p = new Phrases(language);
        Formats f = p.formats();
        out.append("# ").append(esc(p.t(report.title()))).append("\n\n");
        if (report.issuer().isPresent()) {
            out.append("**").append(p.issuerLabel()).append(":** ").append(esc(p.t(report.issuer().get()))).append("  \n");
        }
        out.append("**").append(p.periodLabel()).append(":** ").append(esc(f.period(report.period()))).append("  \n");
        out.append("**").append(p.asOfLabel()).append(":** ").append(esc(f.date(report.asOf()))).append('\n');
        int n = 0;
        for (Section s : report.sections()) {
            section(out, p, s, (++n) + ".", 0);
        }
    }

    private void section(Appendable out, Phrases p, Section s, String number, int depth) throws IOException {
        out.append('\n').append("#".repeat(Math.min(6, depth + 2))).append(' ')
                .append(number).append(' ').append(esc(p.t(s.title()))).append("\n\n");
        // one blank line between a list and a table and between tables; none before the next heading
        boolean afterList = false;
        boolean afterTable = false;
        for (Indicator i : s.indicators()) {
            if (Phrases.isScalar(i)) {
                if (afterTable) {
                    out.append('\n');
                }
                out.append("- ").append(esc(p.t(i.label()))).append(": **").append(esc(p.figure(i))).append("**")
                        .append(esc(p.provenance(i))).append('\n');
                afterList = true;
                afterTable = false;
            } else {
                if (afterList || afterTable) {
                    out.append('\n');
                }
                Table t = i instanceof Chart ? ((Chart) i).asTable() : (Table) i;
                table(out, p, t, i);
                afterList = false;
                afterTable = true;
            }
        }
        int n = 0;
        for (Section sub : s.sections()) {
            section(out, p, sub, number + (++n) + ".", depth + 1);
        }
    }

    private static void table(Appendable out, Phrases p, Table t, Indicator i) throws IOException {
        out.append("**").append(esc(p.t(i.label()))).append("**").append(esc(p.provenance(i))).append("\n\n");
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (Column c : t.columns()) {
            head.append(' ').append(esc(p.t(c.header()))).append(" |");
            rule.append(c.type().isNumeric() ? " ---: |" : " --- |");
        }
        out.append(head).append('\n').append(rule).append('\n');
        for (var row : t.rows()) {
            StringBuilder b = new StringBuilder("|");
            for (int c = 0; c < row.size(); c++) {
                b.append(' ').append(esc(p.cell(row.get(c), t.columns().get(c)))).append(" |");
            }
            out.append(b).append('\n');
        }
        if (t.rows().isEmpty()) {
            out.append("\n_").append(p.noDataLabel()).append("_\n");
        }
    }

    /**
     * Escapes Markdown: backslash before every ASCII punctuation that could start markup
     * (emphasis, links, HTML, tables, headings, code), control characters become spaces.
     */
    static String esc(String s) {
        String line = Phrases.oneLine(s);
        StringBuilder b = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>#|!~&".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
