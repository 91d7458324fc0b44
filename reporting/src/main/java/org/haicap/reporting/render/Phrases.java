package org.haicap.reporting.render;

import java.util.Optional;
import org.haicap.reporting.Cell;
import org.haicap.reporting.Change;
import org.haicap.reporting.Column;
import org.haicap.reporting.Count;
import org.haicap.reporting.Indicator;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Ratio;
import org.haicap.reporting.Share;
import org.haicap.reporting.Source;

/** The words and figure phrases shared by the human-readable renderers. */
final class Phrases {
    private final Formats f;
    private final Language lang;

    Phrases(Language language) {
        this.lang = language;
        this.f = Formats.of(language);
    }

    Formats formats() {
        return f;
    }

    Language language() {
        return lang;
    }

    String t(LocalizedText text) {
        return text.in(lang);
    }

    private String w(String vi, String en) {
        return lang == Language.VI ? vi : en;
    }

    String issuerLabel() {
        return w("Cơ quan ban hành", "Issued by");
    }

    String periodLabel() {
        return w("Kỳ báo cáo", "Reporting period");
    }

    String asOfLabel() {
        return w("Số liệu tính đến ngày", "Figures as of");
    }

    String sourceLabel() {
        return w("nguồn", "source");
    }

    String noteLabel() {
        return w("ghi chú", "note");
    }

    String noDataLabel() {
        return w("không có số liệu", "no data");
    }

    String chartDataLabel() {
        return w("Số liệu của biểu đồ", "Chart data");
    }

    String zeroDenominator() {
        return w("không tính được tỷ lệ vì mẫu số bằng 0", "no percentage: the total is zero");
    }

    /** The figure of a scalar indicator, e.g. {@code 2.552/4.076 (62,6%)}, {@code hơn 66.000 hồ sơ}. */
    String figure(Indicator indicator) {
        if (indicator instanceof Ratio) {
            Ratio r = (Ratio) indicator;
            String s = f.fraction(r.fraction());
            if (r.percentDecimals().isPresent()) {
                s += r.fraction().isUndefined() ? " (" + zeroDenominator() + ")"
                        : " (" + f.percent(r.percent().orElseThrow()) + ")";
            }
            return s;
        }
        if (indicator instanceof Count) {
            Count c = (Count) indicator;
            String word = c.printedQualifier().word(lang);
            long shown = c.printedValue();
            String number = c.compactDecimals().isPresent() ? f.compact(shown, c.compactDecimals().getAsInt())
                    : f.integer(shown);
            return (word.isEmpty() ? "" : word + " ") + number + c.unit().map(u -> " " + t(u)).orElse("");
        }
        if (indicator instanceof Share) {
            Share s = (Share) indicator;
            return f.percent(s.percent()) + s.basis().map(b -> " (" + f.fraction(b) + ")").orElse("");
        }
        if (indicator instanceof Change) {
            Change c = (Change) indicator;
            String unit = c.unit().map(u -> " " + t(u)).orElse("");
            if (c.from() == c.to()) {
                return w("giữ nguyên ", "unchanged at ") + f.integer(c.to()) + unit;
            }
            String up = c.to() > c.from() ? w(" lên ", " to ") : w(" xuống ", " to ");
            return w("từ ", "from ") + f.integer(c.from()) + up + f.integer(c.to()) + unit;
        }
        throw new IllegalArgumentException("not a scalar indicator: " + indicator.getClass().getSimpleName());
    }

    static boolean isScalar(Indicator i) {
        return i instanceof Ratio || i instanceof Count || i instanceof Share || i instanceof Change;
    }

    /** {@code " (nguồn: iHanoi)"} and {@code " (ghi chú: …)"}, or empty. */
    String provenance(Indicator i) {
        return provenance(i.source(), i.note());
    }

    String provenance(Optional<Source> source, Optional<LocalizedText> note) {
        StringBuilder b = new StringBuilder();
        source.ifPresent(s -> b.append(" (").append(source(s)).append(')'));
        note.ifPresent(n -> b.append(" (").append(noteLabel()).append(": ").append(t(n)).append(')'));
        return b.toString();
    }

    String source(Source s) {
        return sourceLabel() + ": " + t(s.name()) + s.reference().map(r -> ", " + r).orElse("");
    }

    /** A table cell for people. */
    String cell(Cell cell, Column column) {
        if (cell instanceof Cell.TextValue) {
            return t(((Cell.TextValue) cell).text());
        }
        if (cell instanceof Cell.IntegerValue) {
            return f.integer(((Cell.IntegerValue) cell).value());
        }
        if (cell instanceof Cell.FractionValue) {
            var fr = ((Cell.FractionValue) cell).fraction();
            return f.fraction(fr) + fr.percent(column.decimals()).map(p -> " (" + f.percent(p) + ")").orElse("");
        }
        if (cell instanceof Cell.PercentValue) {
            return f.percent(((Cell.PercentValue) cell).percent().setScale(column.decimals(), java.math.RoundingMode.HALF_UP));
        }
        if (cell instanceof Cell.DateValue) {
            return f.date(((Cell.DateValue) cell).date());
        }
        return "—";
    }

    /** Text on one line: line breaks, tabs and other control characters become spaces. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp)
                || cp == 0x2028 || cp == 0x2029 ? ' ' : cp));
        return b.toString();
    }
}
