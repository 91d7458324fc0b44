package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.StatusChange;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Finding;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** For each dossier rule a passing and a failing case, named by the regulation it encodes. */
class DossierCheckTest {

    private final ValidCommune commune = Fixture.commune();
    private final Dossier good = commune.dossiers().get(0);

    private DossierCheck check() {
        return DossierCheck.of(commune.dataset(), commune.parameters());
    }

    private ValidationResult run(Dossier... ds) {
        DossierCheck c = check();
        for (int i = 0; i < ds.length; i++) {
            c.accepted(ds[i], SourceLocation.of("d.jsonl", i + 1, 1));
        }
        return c.result();
    }

    private static Map<String, Long> counts(ValidationResult r) {
        return Fixture.counts(r);
    }

    private Dossier with(ProcedureCode p, UnitCode u, Channel ch, LocalDateTime at) {
        return Dossier.receive(DossierCode.of("H01", at.toLocalDate(), 99, 6), p, u, ch, at);
    }

    @Test
    @RuleCase(value = {
            "vn.dossier.procedure", "vn.dossier.unit", "vn.dossier.due-date", "vn.dossier.completion",
            "vn.dossier.status-history", "vn.dossier.duplicate-code"}, outcome = RuleCase.Outcome.PASSES)
    @DisplayName("valid dossiers pass every dossier rule with complete measures")
    void valid() {
        ValidationResult r = run(commune.dossiers().toArray(new Dossier[0]));
        assertEquals(Map.of(), counts(r));
        assertEquals("3/3", r.measure(Rules.DOSSIER_DUPLICATE_CODE.id()).orElseThrow().toString().replace(" ", ""));
        assertTrue(r.measure(Rules.DOSSIER_DUE_DATE.id()).orElseThrow().complete());
    }

    @Test
    @RuleCase(value = "vn.dossier.procedure", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("NĐ 63/2010/NĐ-CP: an unknown procedure, one not carried out at commune level, or a channel it does not accept is an error")
    void procedure() {
        Dossier unknown = with(ProcedureCode.of("2.000001"), good.unit(), Channel.IN_PERSON, good.receivedAt());
        Dossier post = with(good.procedure(), good.unit(), Channel.POST, good.receivedAt());
        ValidationResult r = run(unknown, post);
        assertEquals(2, r.count(Rules.DOSSIER_PROCEDURE.id()));
        Finding f = r.findings(Rules.DOSSIER_PROCEDURE.id()).get(0);
        assertEquals("d.jsonl", f.location().source());
        assertEquals(1, f.location().line());
        assertEquals("procedure", f.location().path());
    }

    @Test
    @RuleCase(value = "vn.dossier.unit", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Luật 72/2025/QH15: a unit that does not exist on the receipt date is an error")
    void unit() {
        Dossier before = with(good.procedure(), good.unit(), Channel.IN_PERSON, LocalDateTime.of(2025, 6, 30, 9, 0));
        ValidationResult r = run(before);
        assertEquals(Map.of(Rules.DOSSIER_UNIT.id(), 1L), counts(r));
    }

    @Test
    @RuleCase(value = "vn.dossier.due-date", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("NĐ 63/2010/NĐ-CP and the working-day calendar: a due date one day off is an error")
    void dueDate() {
        ValidationResult r = run(good.withDue(good.due().orElseThrow().plusDays(1)));
        assertEquals(Map.of(Rules.DOSSIER_DUE_DATE.id(), 1L), counts(r));
        assertTrue(r.findings(Rules.DOSSIER_DUE_DATE.id()).get(0).messageVi().contains("lịch ngày làm việc"));
    }

    @Test
    @DisplayName("a row that cannot become a dossier is a read problem, whatever its path")
    void refusedValues() {
        DossierCheck c = check();
        c.refused(ReadProblem.of(SourceLocation.of("d.jsonl", 5, 1).withPath("$.history[0].from"),
                ReadProblem.Reason.INVALID_VALUE, "trạng thái không biết", "unknown status", ""));
        c.refused(ReadProblem.of(SourceLocation.of("d.jsonl", 6, 1), ReadProblem.Reason.MALFORMED_JSON, "x", "x", ""));
        ValidationResult r = c.result();
        assertEquals(Map.of("vn.read.invalid-value", 1L, "vn.read.malformed-json", 1L), counts(r));
        assertEquals(2, c.rowsRefused());
        assertEquals(6, r.findings("vn.read.malformed-json").get(0).location().line());
    }

    /** The JSON Lines of these dossiers, one per line. */
    private static String jsonLines(Dossier... ds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Dossier> w = JsonLinesWriter.open(out)) {
            for (Dossier d : ds) {
                w.write(d);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Dossier rebuilt(Dossier d, Channel channel, DossierStatus status,
            java.util.Optional<LocalDateTime> completedAt, List<StatusChange> history, boolean full) {
        return new Dossier(d.code(), d.procedure(), d.unit(), channel, d.receivedAt(), d.due(), d.revisedDue(),
                completedAt, status, history, full, d.applicant());
    }

    @Test
    @RuleCase(value = {"vn.dossier.completion", "vn.dossier.status-history"}, outcome = RuleCase.Outcome.FAILS)
    @DisplayName("TT 03/2025/TT-VPCP: an illegal step, an online ACCEPTED → REFUSED and a completion before receipt are "
            + "rows judged by the rule that owns them, with their lines, and count in the measures")
    void illegalHistoriesAreJudgedByTheirRules() throws IOException {
        List<Dossier> valid = commune.dossiers();
        Dossier base = valid.get(0);
        LocalDateTime t = base.receivedAt();
        // line 4: in person, ACCEPTED straight to PROCESSED
        Dossier skip = rebuilt(valid.get(1).withApplicant("S1"), Channel.IN_PERSON, DossierStatus.PROCESSED,
                java.util.Optional.empty(), List.of(StatusChange.of(valid.get(1).receivedAt().plusHours(1), DossierStatus.ACCEPTED,
                        DossierStatus.PROCESSED)), true);
        // line 5: online, NEW → ACCEPTED → REFUSED (REFUSED is only reached from NEW)
        LocalDateTime t2 = valid.get(2).receivedAt();
        Dossier refusedAfterAcceptance = rebuilt(valid.get(2), Channel.ONLINE, DossierStatus.REFUSED,
                java.util.Optional.of(t2.plusHours(2)),
                List.of(StatusChange.of(t2.plusHours(1), DossierStatus.NEW, DossierStatus.ACCEPTED),
                        StatusChange.of(t2.plusHours(2), DossierStatus.ACCEPTED, DossierStatus.REFUSED)), true);
        // line 6: a snapshot completed the day before it was received
        Dossier early = rebuilt(base.withApplicant("E1"), base.channel(), DossierStatus.RESULT_RETURNED,
                java.util.Optional.of(t.minusDays(1)), List.of(), false);
        String text = jsonLines(valid.toArray(new Dossier[0])) + jsonLines(skip, refusedAfterAcceptance, early);
        DossierCheck c = DossierCheck.of(commune.dataset(), commune.parameters());
        ReadSummary s = JsonLinesReader.of(Dossier.class).withUnknownFields(org.haicap.core.json.UnknownFields.IGNORE)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "d.jsonl", c);
        ValidationResult r = c.result();
        assertEquals(6, s.read());
        assertEquals(6, s.accepted(), s::toString);
        assertEquals(0, s.refused());
        assertEquals(6, c.rowsAccepted());
        assertEquals(0, c.rowsRefused());
        assertTrue(r.rules().keySet().stream().noneMatch(id -> id.startsWith("vn.read.")), () -> r.rules().keySet().toString());

        List<Finding> history = r.findings(Rules.DOSSIER_STATUS_HISTORY.id());
        assertEquals(2, history.size(), () -> r.summary(java.util.Locale.ENGLISH));
        assertEquals(4, history.get(0).location().line());
        assertEquals("history[0].to", history.get(0).location().path());
        assertEquals(skip.code().value(), history.get(0).location().key());
        assertTrue(history.get(0).messageEn().contains("cannot go from ACCEPTED to PROCESSED"), history.get(0).messageEn());
        assertEquals(5, history.get(1).location().line());
        assertEquals("history[1].to", history.get(1).location().path());
        assertTrue(history.get(1).messageEn().contains("cannot go from ACCEPTED to REFUSED"), history.get(1).messageEn());
        assertTrue(history.get(1).messageVi().contains("không thể chuyển hồ sơ"), history.get(1).messageVi());
        assertEquals(Severity.ERROR, history.get(1).severity());

        List<Finding> completion = r.findings(Rules.DOSSIER_COMPLETION.id());
        assertEquals(1, completion.size(), () -> r.summary(java.util.Locale.ENGLISH));
        assertEquals(6, completion.get(0).location().line());
        assertEquals("completedAt", completion.get(0).location().path());
        assertTrue(completion.get(0).messageEn().contains("is before receipt"), completion.get(0).messageEn());

        // the rows count in the measures: all six for the history, failing two
        assertEquals(4, r.measure(Rules.DOSSIER_STATUS_HISTORY.id()).orElseThrow().passed());
        assertEquals(6, r.measure(Rules.DOSSIER_STATUS_HISTORY.id()).orElseThrow().total());
        long completedValid = valid.stream().filter(d -> d.completedAt().isPresent()).count();
        assertEquals(completedValid + 1, r.measure(Rules.DOSSIER_COMPLETION.id()).orElseThrow().passed());
        assertEquals(completedValid + 2, r.measure(Rules.DOSSIER_COMPLETION.id()).orElseThrow().total());
        assertEquals(6, r.measure(Rules.DOSSIER_DUPLICATE_CODE.id()).orElseThrow().total());
    }

    @Test
    @DisplayName("TT 03/2025/TT-VPCP, form 04: a revised due date not after the original is a due-date finding")
    void revisedDueDate() {
        LocalDateTime due = good.due().orElseThrow();
        Dossier revised = good.withRevisedDue(due.plusDays(5));
        ValidationResult ok = run(revised);
        assertEquals(Map.of(), counts(ok));
        Dossier backwards = new Dossier(good.code(), good.procedure(), good.unit(), good.channel(), good.receivedAt(),
                good.due(), java.util.Optional.of(due.minusDays(1)), good.completedAt(), good.status(), good.history(),
                good.fullHistory(), good.applicant());
        ValidationResult r = run(backwards);
        assertEquals(Map.of(Rules.DOSSIER_DUE_DATE.id(), 1L), counts(r));
        assertEquals("revisedDue", r.findings(Rules.DOSSIER_DUE_DATE.id()).get(0).location().path());
        assertEquals(0, r.measure(Rules.DOSSIER_DUE_DATE.id()).orElseThrow().passed());
        assertEquals(1, r.measure(Rules.DOSSIER_DUE_DATE.id()).orElseThrow().total());
    }

    @Test
    @RuleCase(value = "vn.dossier.duplicate-code", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("TT 03/2025/TT-VPCP: a repeated dossier code is an error at the repeating row")
    void duplicate() {
        ValidationResult r = run(good, commune.dossiers().get(1), good);
        assertEquals(Map.of(Rules.DOSSIER_DUPLICATE_CODE.id(), 1L), counts(r));
        assertEquals(3, r.findings(Rules.DOSSIER_DUPLICATE_CODE.id()).get(0).location().line());
        assertEquals("2/3", r.measure(Rules.DOSSIER_DUPLICATE_CODE.id()).orElseThrow().toString().replace(" ", ""));
    }

    @Test
    @DisplayName("duplicates over many rows: found at the repeating rows, whether keys wait in a batch or not")
    void duplicatesOverManyRows() {
        // 300 rows; row r (1-based) repeats the code of row r - 70 when r % 10 == 0 and r > 70, and
        // the code of row r - 1 when r % 37 == 0: repeats within and across batches of keys
        DossierCheck c = check();
        List<Dossier> rows = new java.util.ArrayList<>();
        java.util.Set<Long> expected = new java.util.TreeSet<>();
        ValidationResult midway = null;
        for (int r = 1; r <= 300; r++) {
            Dossier d;
            if (r % 37 == 0) {
                d = rows.get(r - 2);
                expected.add((long) r);
            } else if (r % 10 == 0 && r > 70) {
                d = rows.get(r - 71);
                expected.add((long) r);
            } else {
                d = Dossier.receive(DossierCode.of("H01", good.receivedOn(), r, 6), good.procedure(), good.unit(),
                        good.channel(), good.receivedAt());
            }
            rows.add(d);
            c.accepted(d, SourceLocation.of("d.jsonl", r, 1));
            if (r == 100) {
                midway = c.result();
            }
        }
        long before100 = expected.stream().filter(r -> r <= 100).count();
        assertEquals(before100, midway.count(Rules.DOSSIER_DUPLICATE_CODE.id()));
        DossierCheck sized = DossierCheck.of(commune.dataset(), commune.parameters(), 1000);
        for (int r = 1; r <= 300; r++) {
            sized.accepted(rows.get(r - 1), SourceLocation.of("d.jsonl", r, 1));
        }
        ValidationResult all = sized.result();
        assertEquals(expected.size(), all.count(Rules.DOSSIER_DUPLICATE_CODE.id()));
        assertEquals(expected, all.findings(Rules.DOSSIER_DUPLICATE_CODE.id()).stream()
                .map(f -> f.location().line()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        assertEquals(300 - expected.size(), all.measure(Rules.DOSSIER_DUPLICATE_CODE.id()).orElseThrow().passed());
        assertEquals(expected.size(), c.result().count(Rules.DOSSIER_DUPLICATE_CODE.id()));
    }

    @Test
    @DisplayName("merging pieces in order gives the counts of the whole, cross-piece duplicates included")
    void merge() {
        List<Dossier> all = List.of(good, commune.dossiers().get(1), good, commune.dossiers().get(2), good);
        DossierCheck whole = check();
        for (Dossier d : all) {
            whole.accept(d, org.haicap.validation.Location.of("w"));
        }
        DossierCheck a = check();
        DossierCheck b = check();
        a.accept(all.get(0), org.haicap.validation.Location.of("a"));
        a.accept(all.get(1), org.haicap.validation.Location.of("a"));
        for (Dossier d : all.subList(2, 5)) {
            b.accept(d, org.haicap.validation.Location.of("b"));
        }
        ValidationResult merged = a.merge(b).result();
        assertEquals(whole.result().count(Rules.DOSSIER_DUPLICATE_CODE.id()), merged.count(Rules.DOSSIER_DUPLICATE_CODE.id()));
        assertEquals(2, merged.count(Rules.DOSSIER_DUPLICATE_CODE.id()));
        assertEquals(whole.result().measure(Rules.DOSSIER_DUPLICATE_CODE.id()),
                merged.measure(Rules.DOSSIER_DUPLICATE_CODE.id()));
        assertEquals(5, a.rowsAccepted());
    }

    @Test
    @DisplayName("as the handler of the JSON Lines reader: rows read = accepted + refused findings")
    void withReader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Dossier> w = JsonLinesWriter.open(out)) {
            for (Dossier d : commune.dossiers()) {
                w.write(d);
            }
        }
        String text = out.toString(StandardCharsets.UTF_8) + "{not json\n" + "[1]\n";
        DossierCheck c = check();
        // IGNORE: the written form may carry derived fields the reader does not bind
        ReadSummary s = JsonLinesReader.of(Dossier.class).withUnknownFields(org.haicap.core.json.UnknownFields.IGNORE).read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "d.jsonl", c);
        ValidationResult r = c.result();
        assertEquals(3, c.rowsAccepted(), () -> r.summary(java.util.Locale.ENGLISH) + "\n" + text);
        assertEquals(2, c.rowsRefused());
        assertEquals(2, r.count(Severity.ERROR));
        assertTrue(s.toString().length() > 0);
    }
}
