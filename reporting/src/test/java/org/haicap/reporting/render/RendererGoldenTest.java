package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in renderer, in both languages, on {@link SmallReport}, compared byte for byte
 * with {@code src/test/resources/golden/}. Regenerate with {@code -Dhaicap.golden.update=true}.
 */
class RendererGoldenTest {
    private static final Report REPORT = SmallReport.build();

    @TestFactory
    List<DynamicTest> everyRendererMatchesItsGoldenFile() {
        List<DynamicTest> tests = new ArrayList<>();
        ReportRenderers all = ReportRenderers.builtIn();
        for (String format : all.formats()) {
            for (Language language : Language.values()) {
                ReportRenderer r = all.require(format);
                String name = "small-" + language.tag() + "." + format + "." + r.fileExtension();
                tests.add(DynamicTest.dynamicTest(name,
                        () -> Golden.assertMatches(name, r.renderToString(REPORT, language))));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyTableCsvMatchesItsGoldenFile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : Language.values()) {
            for (CsvRenderer.CsvFile f : CsvRenderer.plain().tables(REPORT, language)) {
                String name = "small-" + language.tag() + ".table-" + f.fileName();
                tests.add(DynamicTest.dynamicTest(name, () -> Golden.assertMatches(name, f.content())));
            }
        }
        return tests;
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        for (ReportRenderer r : List.of(ReportRenderers.text(), ReportRenderers.markdown(), ReportRenderers.html(),
                ReportRenderers.json(), ReportRenderers.csv())) {
            assertEquals(r.renderToString(REPORT, Language.VI), r.renderToString(SmallReport.build(), Language.VI),
                    r.format());
        }
    }

    @Test
    void diffNamesTheFirstDifferingLine() {
        String message = Golden.diff("x", "a\nb\nc\n", "a\nB\nc\n");
        assertEquals(true, message.contains("differs at line 2"), message);
        assertEquals(true, message.contains("- b") && message.contains("+ B"), message);
    }
}
