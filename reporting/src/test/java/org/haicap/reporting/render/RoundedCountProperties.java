package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.haicap.reporting.Count;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;

/**
 * A count printed rounded down ({@link Count#roundedDown(long)}): every human format prints the
 * rounded figure with "hơn" / "more than" when something was cut; JSON and CSV carry the exact
 * value.
 */
class RoundedCountProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalizedText LABEL = LocalizedText.of("Hồ sơ tiếp nhận", "Dossiers received");

    private static Report reportWith(Count count) {
        return Report.builder(LocalizedText.of("R")).period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(LocalizedText.of("S"), s -> s.add(count))
                .build();
    }

    private static Count dossiers(long value, long step) {
        return Count.of(LABEL, value).withUnit(LocalizedText.of("hồ sơ", "dossiers")).roundedDown(step);
    }

    private static String text(Count c, Language l) {
        String out = ReportRenderers.text().renderToString(reportWith(c), l);
        String prefix = "- " + LABEL.in(l) + ": ";
        return out.lines().filter(x -> x.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    private static JsonNode json(Count c) throws Exception {
        return MAPPER.readTree(ReportRenderers.json().renderToString(reportWith(c), Language.VI))
                .at("/sections/0/indicators/0");
    }

    @Example
    void cutFiguresPrintRoundedWithMoreThanInEveryHumanFormat() {
        Count c = dossiers(67_662, 1000);
        assertEquals("hơn 67.000 hồ sơ", text(c, Language.VI));
        assertEquals("more than 67,000 dossiers", text(c, Language.EN));
        assertTrue(ReportRenderers.markdown().renderToString(reportWith(c), Language.VI)
                .contains(": **hơn 67.000 hồ sơ**"));
        String html = ReportRenderers.html().renderToString(reportWith(c), Language.EN);
        assertTrue(html.contains("<span class=\"value\">more than 67,000 dossiers</span>"), html);
        assertFalse(html.contains("67,662"), html);
    }

    @Example
    void jsonAndCsvCarryTheExactValue() throws Exception {
        JsonNode j = json(dossiers(67_662, 1000));
        assertEquals(67_662, j.get("value").asLong());
        assertEquals("exact", j.get("qualifier").asText());
        assertEquals(1000, j.get("roundedDownTo").asLong());
        assertEquals(67_000, j.get("printedValue").asLong());
        assertEquals("more_than", j.get("printedQualifier").asText());
        List<List<String>> rows = CsvRendererTest.parse(
                CsvRenderer.plain().renderToString(reportWith(dossiers(67_662, 1000)), Language.VI));
        List<String> header = rows.get(0);
        List<String> row = rows.get(1);
        assertEquals("67662", row.get(header.indexOf("value")));
        assertEquals("exact", row.get(header.indexOf("qualifier")));
        assertEquals("1000", row.get(header.indexOf("rounded_down_to")));
        assertEquals("hơn 67.000 hồ sơ", row.get(header.indexOf("printed")));
    }

    @Example
    void aMultipleOfTheStepAndAValueBelowItPrintExactly() throws Exception {
        assertEquals("67.000 hồ sơ", text(dossiers(67_000, 1000), Language.VI));
        assertEquals("67,000 dossiers", text(dossiers(67_000, 1000), Language.EN));
        assertEquals("999 hồ sơ", text(dossiers(999, 1000), Language.VI));
        assertEquals("0 hồ sơ", text(dossiers(0, 1000), Language.VI));
        assertEquals("exact", json(dossiers(999, 1000)).get("printedQualifier").asText());
        assertEquals(999, json(dossiers(999, 1000)).get("printedValue").asLong());
    }

    @Example
    void withoutRoundingJsonHasNoRoundingMembers() throws Exception {
        JsonNode j = json(Count.of(LABEL, 67_662));
        assertFalse(j.has("roundedDownTo") || j.has("printedValue") || j.has("printedQualifier"), j.toString());
    }

    @Property(tries = 300)
    void anyValueAndStep(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long value,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long step) throws Exception {
        thePrintedFigureIsTheValueRoundedDownAndJsonKeepsTheValue(value, step);
    }

    @Property(tries = 300)
    void reportSizedValuesAndSteps(@ForAll @LongRange(min = 0, max = 10_000_000) long value,
            @ForAll @LongRange(min = 1, max = 100_000) long step) throws Exception {
        thePrintedFigureIsTheValueRoundedDownAndJsonKeepsTheValue(value, step);
    }

    private static void thePrintedFigureIsTheValueRoundedDownAndJsonKeepsTheValue(long value, long step)
            throws Exception {
        Count c = Count.of(LABEL, value).roundedDown(step);
        String shown = text(c, Language.EN);
        boolean cut = shown.startsWith("more than ");
        long printed = Long.parseLong(shown.replace("more than ", "").replace(",", ""));
        assertTrue(printed <= value, shown);
        assertTrue(value - printed < step, shown);
        assertTrue(printed == value || printed % step == 0, shown);
        assertEquals(printed != value, cut, shown);
        assertEquals(printed, c.printedValue());
        JsonNode j = json(c);
        assertEquals(value, j.get("value").asLong());
        assertEquals(printed, j.get("printedValue").asLong());
        assertEquals(step, j.get("roundedDownTo").asLong());
        assertEquals(cut ? "more_than" : "exact", j.get("printedQualifier").asText());
    }
}
