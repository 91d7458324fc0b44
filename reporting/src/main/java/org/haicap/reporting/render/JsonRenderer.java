package org.haicap.reporting.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Cell;
import org.haicap.reporting.Change;
import org.haicap.reporting.Column;
import org.haicap.reporting.Count;
import org.haicap.reporting.Fraction;
import org.haicap.reporting.Indicator;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.ProgressChart;
import org.haicap.reporting.Ratio;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.Share;
import org.haicap.reporting.Source;
import org.haicap.reporting.Table;

/**
 * JSON of the schema {@code docs/report-json-schema.json} (version {@value #SCHEMA_VERSION}):
 * plain numbers ({@code 2552}), ratios as {@code numerator}/{@code denominator} plus
 * {@code percent} on the 0–100 scale rounded as printed ({@code 62.6}), ISO dates, labels with
 * both languages. A count's {@code value} is the exact figure; a count printed rounded down adds
 * {@code roundedDownTo}, {@code printedValue} and {@code printedQualifier}. The requested language is recorded in {@code "language"}. Written with
 * Jackson's streaming generator, indented by two spaces, {@code \n} line ends.
 */
final class JsonRenderer implements ReportRenderer {
    static final JsonRenderer INSTANCE = new JsonRenderer();

    /** The schema version written into every document. */
    static final String SCHEMA_VERSION = "1.1";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonRenderer() {
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void render(Report report, Language language, Appendable out) throws IOException {
        Writer w = out instanceof Writer ? (Writer) out : new AppendableWriter(out);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("language", language.tag());
            text(g, "title", report.title());
            if (report.issuer().isPresent()) {
                text(g, "issuer", report.issuer().get());
            }
            g.writeObjectFieldStart("period");
            g.writeStringField("start", report.period().start().toString());
            g.writeStringField("end", report.period().end().toString());
            g.writeEndObject();
            g.writeStringField("asOf", report.asOf().toString());
            g.writeArrayFieldStart("sections");
            for (Section s : report.sections()) {
                section(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        w.append('\n');
        w.flush();
    }

    private static void section(JsonGenerator g, Section s) throws IOException {
        g.writeStartObject();
        text(g, "title", s.title());
        g.writeArrayFieldStart("indicators");
        for (Indicator i : s.indicators()) {
            indicator(g, i);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sections");
        for (Section sub : s.sections()) {
            section(g, sub);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The {@code kind} value of each indicator type, as in the schema's enum. */
    static String kind(Indicator i) {
        if (i instanceof Ratio) {
            return "ratio";
        }
        if (i instanceof Count) {
            return "count";
        }
        if (i instanceof Share) {
            return "share";
        }
        if (i instanceof Change) {
            return "change";
        }
        if (i instanceof Table) {
            return "table";
        }
        if (i instanceof BarChart) {
            return "bar_chart";
        }
        return "progress_chart";
    }

    private static void indicator(JsonGenerator g, Indicator i) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", kind(i));
        text(g, "label", i.label());
        if (i instanceof Ratio) {
            Ratio r = (Ratio) i;
            fraction(g, r.fraction(), r.percentDecimals().isPresent() ? Optional.of(r.percentDecimals().getAsInt())
                    : Optional.empty());
        } else if (i instanceof Count) {
            Count c = (Count) i;
            g.writeNumberField("value", c.value());
            g.writeStringField("qualifier", c.qualifier().name().toLowerCase(java.util.Locale.ROOT));
            if (c.unit().isPresent()) {
                text(g, "unit", c.unit().get());
            }
            if (c.compactDecimals().isPresent()) {
                g.writeNumberField("compactDecimals", c.compactDecimals().getAsInt());
            }
            if (c.roundedDownTo().isPresent()) {
                g.writeNumberField("roundedDownTo", c.roundedDownTo().getAsLong());
                g.writeNumberField("printedValue", c.printedValue());
                g.writeStringField("printedQualifier", c.printedQualifier().name().toLowerCase(java.util.Locale.ROOT));
            }
        } else if (i instanceof Share) {
            Share s = (Share) i;
            g.writeNumberField("percent", s.percent());
            g.writeNumberField("percentDecimals", s.decimals());
            if (s.basis().isPresent()) {
                g.writeNumberField("numerator", s.basis().get().numerator());
                g.writeNumberField("denominator", s.basis().get().denominator());
            }
        } else if (i instanceof Change) {
            Change c = (Change) i;
            g.writeNumberField("from", c.from());
            g.writeNumberField("to", c.to());
            if (c.unit().isPresent()) {
                text(g, "unit", c.unit().get());
            }
        } else if (i instanceof Table) {
            table(g, (Table) i);
        } else if (i instanceof BarChart) {
            BarChart b = (BarChart) i;
            if (b.unit().isPresent()) {
                text(g, "unit", b.unit().get());
            }
            g.writeArrayFieldStart("bars");
            for (BarChart.Bar bar : b.bars()) {
                g.writeStartObject();
                text(g, "category", bar.category());
                g.writeNumberField("value", bar.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else {
            ProgressChart p = (ProgressChart) i;
            g.writeNumberField("percentDecimals", p.percentDecimals());
            g.writeArrayFieldStart("items");
            for (ProgressChart.Item item : p.items()) {
                g.writeStartObject();
                text(g, "category", item.category());
                fraction(g, item.fraction(), Optional.of(p.percentDecimals()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (i.source().isPresent()) {
            Source s = i.source().get();
            g.writeObjectFieldStart("source");
            text(g, "name", s.name());
            if (s.reference().isPresent()) {
                g.writeStringField("reference", s.reference().get());
            }
            g.writeEndObject();
        }
        if (i.note().isPresent()) {
            text(g, "note", i.note().get());
        }
        g.writeEndObject();
    }

    private static void fraction(JsonGenerator g, Fraction f, Optional<Integer> decimals) throws IOException {
        g.writeNumberField("numerator", f.numerator());
        g.writeNumberField("denominator", f.denominator());
        if (decimals.isPresent()) {
            g.writeNumberField("percentDecimals", decimals.get());
            if (!f.isUndefined()) {
                g.writeNumberField("percent", f.percent(decimals.get()).orElseThrow());
            }
        }
    }

    private static void table(JsonGenerator g, Table t) throws IOException {
        g.writeArrayFieldStart("columns");
        for (Column c : t.columns()) {
            g.writeStartObject();
            text(g, "header", c.header());
            g.writeStringField("type", c.type().name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumberField("percentDecimals", c.decimals());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (var row : t.rows()) {
            g.writeStartArray();
            for (int c = 0; c < row.size(); c++) {
                cell(g, row.get(c), t.columns().get(c));
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void cell(JsonGenerator g, Cell cell, Column column) throws IOException {
        if (cell instanceof Cell.TextValue) {
            g.writeStartObject();
            LocalizedText t = ((Cell.TextValue) cell).text();
            g.writeStringField("vi", t.vi());
            if (t.en().isPresent()) {
                g.writeStringField("en", t.en().get());
            }
            g.writeEndObject();
        } else if (cell instanceof Cell.IntegerValue) {
            g.writeNumber(((Cell.IntegerValue) cell).value());
        } else if (cell instanceof Cell.FractionValue) {
            g.writeStartObject();
            fraction(g, ((Cell.FractionValue) cell).fraction(), Optional.of(column.decimals()));
            g.writeEndObject();
        } else if (cell instanceof Cell.PercentValue) {
            g.writeNumber(((Cell.PercentValue) cell).percent()
                    .setScale(column.decimals(), java.math.RoundingMode.HALF_UP));
        } else if (cell instanceof Cell.DateValue) {
            g.writeString(((Cell.DateValue) cell).date().toString());
        } else {
            g.writeNull();
        }
    }

    private static void text(JsonGenerator g, String field, LocalizedText t) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("vi", t.vi());
        if (t.en().isPresent()) {
            g.writeStringField("en", t.en().get());
        }
        g.writeEndObject();
    }

    /** Lets the generator write to any {@link Appendable}. */
    private static final class AppendableWriter extends Writer {
        private final Appendable target;

        AppendableWriter(Appendable target) {
            this.target = target;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            target.append(java.nio.CharBuffer.wrap(buf, off, len));
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            target.append(s, off, off + len);
        }

        @Override
        public void flush() throws IOException {
            if (target instanceof java.io.Flushable) {
                ((java.io.Flushable) target).flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
