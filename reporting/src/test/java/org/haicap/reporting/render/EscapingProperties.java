package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.haicap.reporting.Cell;
import org.haicap.reporting.ColumnType;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.Table;

/** Laws of the escaping of every renderer, over arbitrary text. */
class EscapingProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Report reportWith(String label) {
        return Report.builder(LocalizedText.of(label)).period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(LocalizedText.of(label), s -> s.count(LocalizedText.of(label), 1)
                        .add(Table.builder(LocalizedText.of(label)).column(LocalizedText.of(label), ColumnType.TEXT)
                                .row(Cell.text(label)).build()))
                .build();
    }

    @Property(tries = 200)
    void htmlEscapeLeavesNoMarkupAndUnescapesBack(@ForAll String s) {
        String e = HtmlRenderer.esc(s);
        assertFalse(e.contains("<") || e.contains(">") || e.contains("\"") || e.contains("'"));
        String back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        String expected = s.codePoints().collect(StringBuilder::new, (b, cp) -> b.appendCodePoint(
                cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp == 0x7f ? 0xFFFD : cp), StringBuilder::append).toString();
        assertEquals(expected, back);
    }

    @Property(tries = 200)
    void markdownEscapeKeepsTextOnOneLineWithEveryMarkupCharacterEscaped(@ForAll String s) {
        String e = MarkdownRenderer.esc(s);
        assertFalse(e.contains("\n") || e.contains("\r"));
        for (int i = 0; i < e.length(); i++) {
            if ("`*_[]<>#|!~&".indexOf(e.charAt(i)) >= 0) {
                assertTrue(i > 0 && e.charAt(i - 1) == '\\', "unescaped " + e.charAt(i) + " in " + e);
            }
        }
    }

    @Property(tries = 100)
    void jsonCarriesAnyLabelExactly(@ForAll String label) throws Exception {
        Assume.that(!label.isBlank());
        Report r = reportWith(label);
        JsonNode doc = MAPPER.readTree(ReportRenderers.json().renderToString(r, Language.VI));
        assertEquals(r.title().vi(), doc.at("/title/vi").asText());
        assertEquals(r.title().vi(), doc.at("/sections/0/indicators/1/rows/0/0/vi").asText());
    }

    @Property(tries = 100)
    void csvNeverLetsAFormulaThrough(@ForAll String label) {
        Assume.that(!label.isBlank());
        Report r = reportWith(label);
        for (String csv : new String[] {ReportRenderers.csv().renderToString(r, Language.VI),
            CsvRenderer.plain().tables(r, Language.VI).get(0).content()}) {
            for (java.util.List<String> row : CsvRendererTest.parse(csv)) {
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
                }
            }
        }
    }
}
