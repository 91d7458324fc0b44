package org.haicap.reporting.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Chart;
import org.haicap.reporting.Column;
import org.haicap.reporting.Fraction;
import org.haicap.reporting.Indicator;
import org.haicap.core.text.Language;
import org.haicap.reporting.ProgressChart;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.Table;

/**
 * One self-contained HTML5 file: no script, no external resource, one {@code <style>} element
 * whose SHA-256 hash is the only style the Content Security Policy allows, no {@code style=}
 * attribute anywhere (SVG charts use presentation attributes and classes). Charts are inline
 * SVG with {@code role="img"}, a {@code <title>} and a {@code <desc>} referenced by
 * {@code aria-labelledby}, followed by the same data as a {@code <table>}. Every text from the
 * model is escaped; no model text is ever put into an attribute.
 */
final class HtmlRenderer implements ReportRenderer {
    static final HtmlRenderer INSTANCE = new HtmlRenderer();

    /** The only CSS of the document; its hash goes into the CSP. */
    static final String CSS = String.join("\n",
            "",
            "body{font-family:\"Noto Sans\",\"Segoe UI\",Roboto,Arial,sans-serif;color:#111;line-height:1.5;"
                    + "max-width:60rem;margin:2rem auto;padding:0 1rem}",
            "h1{font-size:1.6rem;margin:.25rem 0 .5rem}",
            "h2{font-size:1.3rem;margin-top:1.75rem;border-bottom:1px solid #ccc}",
            "h3,h4,h5,h6{font-size:1.1rem;margin-top:1.25rem}",
            ".issuer{text-transform:uppercase;font-weight:600;margin:0}",
            ".meta{margin:0;color:#333}",
            "ul.figures{padding-left:1.25rem}",
            ".value{font-weight:600;font-variant-numeric:tabular-nums}",
            ".provenance{color:#555;font-size:.9em}",
            "table{border-collapse:collapse;margin:.5rem 0 1rem}",
            "caption{text-align:left;font-weight:600;padding:.25rem 0}",
            "th,td{border:1px solid #bbb;padding:.2rem .5rem;vertical-align:top}",
            "th{background:#f1f3f5;text-align:left}",
            ".num{text-align:right;font-variant-numeric:tabular-nums}",
            "figure.chart{margin:1rem 0}",
            "figure.chart svg{max-width:100%;height:auto;print-color-adjust:exact;-webkit-print-color-adjust:exact}",
            "figcaption{font-weight:600}",
            ".bar{fill:#1f5fa8}",
            ".track{fill:#e2e8f0}",
            ".done{fill:#2f855a}",
            ".chart-label,.chart-value{fill:#111;font-size:12px}",
            "@media print{body{max-width:none;margin:0;padding:0;font-size:11pt;color:#000}"
                    + "h2{break-after:avoid}figure.chart,table{break-inside:avoid}th{background:none}}",
            "");

    /** {@code 'sha256-…'} of {@link #CSS}, as the CSP wants it. */
    static final String CSS_HASH = "'sha256-" + sha256(CSS) + "'";

    /** The Content Security Policy of every document. */
    static final String CSP = "default-src 'none'; style-src " + CSS_HASH + "; img-src data:";

    private static final int WIDTH = 720;
    private static final int LABEL_W = 220;
    private static final int BAR_X = 230;
    private static final int BAR_W = 280;
    private static final int ROW_H = 28;
    private static final int BAR_H = 18;
    private static final int LABEL_MAX = 32;

    private HtmlRenderer() {
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public void render(Report report, Language language, Appendable out) throws IOException {
        Phrases p = new Phrases(language);
        Formats f = p.formats();
        int[] ids = {0};
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(p.t(report.title()))).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<header>\n");
        if (report.issuer().isPresent()) {
            out.append("<p class=\"issuer\">").append(esc(p.t(report.issuer().get()))).append("</p>\n");
        }
        out.append("<h1>").append(esc(p.t(report.title()))).append("</h1>\n")
                .append("<p class=\"meta\">").append(esc(p.periodLabel())).append(": <time datetime=\"")
                .append(report.period().start().toString()).append("\">").append(esc(f.period(report.period())))
                .append("</time></p>\n")
                .append("<p class=\"meta\">").append(esc(p.asOfLabel())).append(": <time datetime=\"")
                .append(report.asOf().toString()).append("\">").append(esc(f.date(report.asOf())))
                .append("</time></p>\n</header>\n<main>\n");
        int n = 0;
        for (Section s : report.sections()) {
            section(out, p, s, (++n) + ".", 0, ids);
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    private void section(Appendable out, Phrases p, Section s, String number, int depth, int[] ids) throws IOException {
        int level = Math.min(6, depth + 2);
        String id = "s-" + number.replace('.', '-') + "h";
        out.append("<section aria-labelledby=\"").append(id).append("\">\n<h").append(Integer.toString(level))
                .append(" id=\"").append(id).append("\">").append(number).append(' ')
                .append(esc(p.t(s.title()))).append("</h").append(Integer.toString(level)).append(">\n");
        boolean inList = false;
        for (Indicator i : s.indicators()) {
            if (Phrases.isScalar(i)) {
                if (!inList) {
                    out.append("<ul class=\"figures\">\n");
                    inList = true;
                }
                out.append("<li>").append(esc(p.t(i.label()))).append(": <span class=\"value\">")
                        .append(esc(p.figure(i))).append("</span>");
                provenance(out, p, i);
                out.append("</li>\n");
            } else {
                if (inList) {
                    out.append("</ul>\n");
                    inList = false;
                }
                if (i instanceof Table) {
                    table(out, p, (Table) i, "", p.t(i.label()));
                    if (i.source().isPresent() || i.note().isPresent()) {
                        out.append("<p>");
                        provenance(out, p, i);
                        out.append("</p>\n");
                    }
                } else {
                    chart(out, p, (Chart) i, ++ids[0]);
                }
            }
        }
        if (inList) {
            out.append("</ul>\n");
        }
        int n = 0;
        for (Section sub : s.sections()) {
            section(out, p, sub, number + (++n) + ".", depth + 1, ids);
        }
        out.append("</section>\n");
    }

    private static void provenance(Appendable out, Phrases p, Indicator i) throws IOException {
        String text = p.provenance(i);
        if (!text.isEmpty()) {
            out.append("<span class=\"provenance\">").append(esc(text)).append("</span>");
        }
    }

    private static void table(Appendable out, Phrases p, Table t, String cssClass, String caption) throws IOException {
        out.append(cssClass.isEmpty() ? "<table>\n" : "<table class=\"" + cssClass + "\">\n")
                .append("<caption>").append(esc(caption)).append("</caption>\n<thead>\n<tr>");
        for (Column c : t.columns()) {
            out.append(c.type().isNumeric() ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(esc(p.t(c.header()))).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (var row : t.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Column col = t.columns().get(c);
                String tag = c == 0 && col.type() == org.haicap.reporting.ColumnType.TEXT ? "th" : "td";
                out.append('<').append(tag).append(tag.equals("th") ? " scope=\"row\"" : "")
                        .append(col.type().isNumeric() ? " class=\"num\">" : ">")
                        .append(esc(p.cell(row.get(c), col))).append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        if (t.rows().isEmpty()) {
            out.append("<tr><td colspan=\"").append(Integer.toString(t.columns().size())).append("\">")
                    .append(esc(p.noDataLabel())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void chart(Appendable out, Phrases p, Chart chart, int number) throws IOException {
        String id = "chart-" + number;
        int rows = chart instanceof BarChart ? ((BarChart) chart).bars().size() : ((ProgressChart) chart).items().size();
        int height = rows * ROW_H + 12;
        out.append("<figure class=\"chart\">\n<figcaption>").append(esc(p.t(chart.label()))).append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" width=\"").append(Integer.toString(WIDTH))
                .append("\" height=\"").append(Integer.toString(height)).append("\" viewBox=\"0 0 ")
                .append(Integer.toString(WIDTH)).append(' ').append(Integer.toString(height))
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(esc(p.t(chart.label()))).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(esc(p.chartDataLabel()))
                .append(": ");
        Table data = chart.asTable();
        for (int r = 0; r < data.rows().size(); r++) {
            var row = data.rows().get(r);
            out.append(r == 0 ? "" : "; ").append(esc(p.cell(row.get(0), data.columns().get(0)))).append(' ')
                    .append(esc(p.cell(row.get(1), data.columns().get(1))));
        }
        out.append("</desc>\n");
        if (chart instanceof BarChart) {
            BarChart bc = (BarChart) chart;
            long max = bc.max();
            for (int r = 0; r < bc.bars().size(); r++) {
                BarChart.Bar bar = bc.bars().get(r);
                int y = 6 + r * ROW_H;
                long w = scaled(bar.value(), max);
                String value = p.formats().integer(bar.value());
                row(out, p.t(bar.category()), value, y);
                out.append("<rect class=\"bar\" x=\"").append(Integer.toString(BAR_X)).append("\" y=\"")
                        .append(Integer.toString(y)).append("\" width=\"").append(Long.toString(w))
                        .append("\" height=\"").append(Integer.toString(BAR_H)).append("\" fill=\"#1f5fa8\"/>\n");
                valueText(out, value, BAR_X + (int) w + 6, y);
            }
        } else {
            ProgressChart pc = (ProgressChart) chart;
            for (int r = 0; r < pc.items().size(); r++) {
                ProgressChart.Item item = pc.items().get(r);
                int y = 6 + r * ROW_H;
                Fraction fr = item.fraction();
                long w = scaled(fr.numerator(), fr.denominator());
                String value = p.formats().fraction(fr)
                        + fr.percent(pc.percentDecimals()).map(x -> " (" + p.formats().percent(x) + ")").orElse("");
                row(out, p.t(item.category()), value, y);
                out.append("<rect class=\"track\" x=\"").append(Integer.toString(BAR_X)).append("\" y=\"")
                        .append(Integer.toString(y)).append("\" width=\"").append(Integer.toString(BAR_W))
                        .append("\" height=\"").append(Integer.toString(BAR_H)).append("\" fill=\"#e2e8f0\"/>\n");
                out.append("<rect class=\"done\" x=\"").append(Integer.toString(BAR_X)).append("\" y=\"")
                        .append(Integer.toString(y)).append("\" width=\"").append(Long.toString(w))
                        .append("\" height=\"").append(Integer.toString(BAR_H)).append("\" fill=\"#2f855a\"/>\n");
                valueText(out, value, BAR_X + BAR_W + 6, y);
            }
        }
        out.append("</svg>\n");
        table(out, p, data, "chart-data", p.chartDataLabel());
        if (chart.source().isPresent() || chart.note().isPresent()) {
            out.append("<p>");
            provenance(out, p, chart);
            out.append("</p>\n");
        }
        out.append("</figure>\n");
    }

    /** {@code BAR_W · n / d} rounded HALF_UP, exact; zero when {@code d = 0}. */
    static long scaled(long n, long d) {
        if (d == 0) {
            return 0;
        }
        return java.math.BigDecimal.valueOf(n).multiply(java.math.BigDecimal.valueOf(BAR_W))
                .divide(java.math.BigDecimal.valueOf(d), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static void row(Appendable out, String label, String value, int y) throws IOException {
        String shown = label.codePointCount(0, label.length()) > LABEL_MAX
                ? label.substring(0, label.offsetByCodePoints(0, LABEL_MAX - 1)) + "…" : label;
        out.append("<text class=\"chart-label\" x=\"").append(Integer.toString(LABEL_W)).append("\" y=\"")
                .append(Integer.toString(y + 13)).append("\" text-anchor=\"end\">").append(esc(shown))
                .append("<title>").append(esc(label)).append(": ").append(esc(value)).append("</title></text>\n");
    }

    private static void valueText(Appendable out, String value, int x, int y) throws IOException {
        out.append("<text class=\"chart-value\" x=\"").append(Integer.toString(x)).append("\" y=\"")
                .append(Integer.toString(y + 13)).append("\">").append(esc(value)).append("</text>\n");
    }

    /**
     * Escapes text for HTML element content and quoted attribute values alike: {@code & < > " '}
     * become references; control characters other than tab, line feed and carriage return become U+FFFD.
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
