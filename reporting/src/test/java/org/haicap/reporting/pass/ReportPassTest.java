package org.haicap.reporting.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.haicap.core.json.DatasetWriter;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.units.UnitCode;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.render.ReportRenderers;
import org.haicap.reporting.standard.OperationsReport;
import org.haicap.validation.pass.Input;
import org.haicap.validation.pass.PassInputs;
import org.haicap.validation.pass.StreamKind;
import org.haicap.validation.testing.ValidCommune;
import org.haicap.validation.testing.ValidCommuneArbitraries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report pass: the report of the accepted rows, the refused ones said or, when strict, refused. */
class ReportPassTest {

    @TempDir
    Path dir;

    private final ValidCommune commune = ValidCommuneArbitraries.example(UnitCode.of("00004"));

    private PassInputs inputs(boolean withBadLine) throws IOException {
        Path dataset = dir.resolve("dataset.json");
        DatasetWriter.write(commune.dataset(), dataset);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Dossier> w = JsonLinesWriter.open(out)) {
            for (Dossier d : commune.dossiers()) {
                w.write(d);
            }
        }
        String lines = out.toString(StandardCharsets.UTF_8) + (withBadLine ? "{not json\n" : "");
        Path dossiers = Files.writeString(dir.resolve("dossiers.jsonl"), lines);
        return PassInputs.builder().dataset(Input.file(dataset)).dossiers(Input.file(dossiers)).build();
    }

    private LocalDate asOf() {
        return commune.asOf().plusDays(2);
    }

    @Test
    @DisplayName("the report of one pass equals OperationsReport over the same aggregates")
    void sameAsBuilder() throws IOException {
        ReportPass pass = ReportPass.builder().asOf(asOf()).parameters(commune.parameters()).build();
        ReportOutcome out = pass.run(inputs(false));
        DossierAggregate.Accumulator acc = DossierAggregate.accumulator(DossierAggregate.Parameters.of(asOf(),
                ReportPass.periodStart(asOf()), ReportPass.periodEnd(asOf()))
                .withDueDateBasis(commune.parameters().timelinessDueDate()));
        commune.dossiers().forEach(acc::add);
        Report expected = OperationsReport.builder(commune.dataset(), asOf())
                .period(ReportPass.periodStart(asOf()), ReportPass.periodEnd(asOf())).dossiers(acc.snapshot()).build();
        assertEquals(ReportRenderers.json().renderToString(expected, Language.VI),
                ReportRenderers.json().renderToString(out.report(), Language.VI));
        assertEquals(commune.dossiers().size(), out.pass().rows(StreamKind.DOSSIERS).accepted());
    }

    @Test
    @DisplayName("a refused row: the report counts the accepted rows and says how many were refused")
    void refusedRowsAreSaid() throws IOException {
        ReportOutcome out = ReportPass.builder().asOf(asOf()).parameters(commune.parameters()).build()
                .run(inputs(true));
        assertEquals(1, out.pass().rows(StreamKind.DOSSIERS).refused());
        Section last = out.report().sections().get(out.report().sections().size() - 1);
        assertEquals("Dữ liệu không đọc được", last.title().vi());
        String text = ReportRenderers.text().renderToString(out.report(), Language.EN);
        assertTrue(text.contains("Dossier rows refused"), text);
        ReportOutcome clean = ReportPass.builder().asOf(asOf()).parameters(commune.parameters()).build()
                .run(inputs(false));
        assertEquals(clean.report().sections().size() + 1, out.report().sections().size());
    }

    @Test
    @DisplayName("strict: a refused row stops the report with the count and the first row's place")
    void strict() throws IOException {
        PassInputs bad = inputs(true);
        RefusedRowsException e = assertThrows(RefusedRowsException.class, () -> ReportPass.builder().asOf(asOf())
                .parameters(commune.parameters()).strict(true).build().run(bad));
        assertEquals(1, e.refused());
        int line = commune.dossiers().size() + 1;
        assertTrue(e.getMessage().contains("dossiers.jsonl") && e.getMessage().contains(Integer.toString(line)),
                e.getMessage());
    }

    @Test
    @DisplayName("the default period: the month so far up to two days before; a bad period is refused")
    void period() {
        assertEquals(LocalDate.of(2025, 7, 1), ReportPass.periodStart(LocalDate.of(2025, 7, 15)));
        assertEquals(LocalDate.of(2025, 7, 13), ReportPass.periodEnd(LocalDate.of(2025, 7, 15)));
        assertEquals(LocalDate.of(2025, 7, 1), ReportPass.periodStart(LocalDate.of(2025, 8, 2)));
        assertThrows(IllegalArgumentException.class, () -> ReportPass.builder()
                .period(LocalDate.of(2025, 7, 10), LocalDate.of(2025, 7, 1)));
    }
}
