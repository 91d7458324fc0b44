package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.calendar.WorkingDayCalendar;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.json.UnknownFields;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.OnlineLevel;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.validation.Finding;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code vn.dossier.due-date} with the default calendar: the announced schedules of 2025 and 2026
 * decide, and where the calendar is uncertain (a year computed by the statutory formula, the
 * pending 24/11) a mismatch is a warning, never an error.
 */
class DueDateScheduleTest {

    private static final ProcedureCode ONE_DAY = ProcedureCode.of("2.000815");
    private final ValidCommune commune = Fixture.commune();
    private final Procedure oneDay = Procedure.builder(ONE_DAY, "Chứng thực bản sao từ bản chính", "Chứng thực",
            TimeLimit.workingDays(1)).levels(AdministrativeLevel.COMMUNE)
            .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON).illustrative(true).build();
    private final Dataset dataset = withProcedure(commune.dataset(), oneDay);

    private static Dataset withProcedure(Dataset ds, Procedure p) {
        List<Procedure> all = new ArrayList<>(ds.procedures());
        all.add(p);
        return ds.toBuilder().procedures(all).build();
    }

    private Dossier dossier(int seq, LocalDateTime at, LocalDateTime due) {
        return Dossier.receive(DossierCode.of("H01", at.toLocalDate(), seq, 6), ONE_DAY, commune.unit(),
                Channel.IN_PERSON, at).withDue(due);
    }

    private static String jsonLines(List<Dossier> ds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Dossier> w = JsonLinesWriter.open(out)) {
            for (Dossier d : ds) {
                w.write(d);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private ValidationResult validate(String text, RuleParameters params) throws IOException {
        DossierCheck c = DossierCheck.of(dataset, params);
        JsonLinesReader.of(Dossier.class).withUnknownFields(UnknownFields.IGNORE)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "hoso.jsonl", c);
        assertEquals(0, c.rowsRefused(), () -> c.result().summary(Locale.ENGLISH));
        return c.result();
    }

    private ValidationResult validate(String text) throws IOException {
        return validate(text, commune.parameters());
    }

    /** Two dossiers of a one-working-day procedure around 30/4–1/5/2025, due as the announced days give. */
    private String file2025() throws IOException {
        return jsonLines(List.of(
                // Friday 25/4/2025: the next working day is the make-up Saturday 26/4 (Thông báo 6150/TB-BLĐTBXH)
                dossier(1, LocalDateTime.of(2025, 4, 25, 10, 0), LocalDateTime.of(2025, 4, 26, 17, 0)),
                // Tuesday 29/4/2025 14:00: 30/4, 1/5 and the swapped 2/5 are off, so Monday 5/5
                dossier(2, LocalDateTime.of(2025, 4, 29, 14, 0), LocalDateTime.of(2025, 5, 5, 17, 0))));
    }

    @Test
    @DisplayName("a dossier received Friday 25/4/2025, one working day, due Saturday 26/4/2025 passes (TB 6150/TB-BLĐTBXH)")
    void makeupSaturdayPasses() throws IOException {
        assertEquals(WorkingDayCalendar.defaults(), commune.parameters().calendar());
        ValidationResult r = validate(file2025());
        // (the units only exist from 1/7/2025, so vn.dossier.unit reports these April dossiers; that is another rule)
        assertEquals(0, r.count(Rules.DOSSIER_DUE_DATE.id()), () -> r.summary(Locale.ENGLISH));
        assertEquals("2/2", r.measure(Rules.DOSSIER_DUE_DATE.id()).orElseThrow().toString().replace(" ", ""));
    }

    @Test
    @DisplayName("the statutory formula alone would reject 26/4/2025: with it, the same file fails as the issue describes")
    void formulaAloneRejects() throws IOException {
        RuleParameters formula = commune.parameters().toBuilder().calendar(WorkingDayCalendar.statutory()).build();
        ValidationResult r = validate(file2025(), formula);
        // 2025 is a formula year in this calendar, so the mismatches are warnings naming 2025
        assertEquals(2, r.count(Rules.DOSSIER_DUE_DATE.id()));
        assertTrue(r.findings(Rules.DOSSIER_DUE_DATE.id()).stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertTrue(r.findings(Rules.DOSSIER_DUE_DATE.id()).get(0).messageEn()
                .contains("no announced holiday schedule for 2025"));
    }

    @Test
    @DisplayName("the same file shifted to 2027, a year without a schedule, gets only warnings that name 2027")
    void shiftedToFormulaYear() throws IOException {
        String shifted = file2025().replace("2025-", "2027-").replace("-2504", "-2704");
        assertTrue(shifted.contains("2027-04-25T10:00"), shifted);
        ValidationResult r = validate(shifted);
        assertEquals(0, r.count(Severity.ERROR), () -> r.summary(Locale.ENGLISH));
        // 25/4/2027 is a Sunday: counted from Monday 26/4, due Tuesday 27/4; 29/4/2027 is a Thursday,
        // 30/4 Friday and 1/5 Saturday (nghỉ bù Monday 3/5) by the formula: due Tuesday 4/5
        List<Finding> fs = r.findings(Rules.DOSSIER_DUE_DATE.id());
        assertEquals(2, fs.size());
        for (Finding f : fs) {
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.messageVi().contains("năm 2027 chưa có lịch nghỉ đã công bố"), f.messageVi());
            assertTrue(f.messageEn().contains("computed by the statutory formula"), f.messageEn());
            assertEquals("due", f.location().path());
        }
        assertTrue(fs.get(0).messageEn().contains("2027-04-27T17:00"), fs.get(0).messageEn());
        assertTrue(fs.get(1).messageEn().contains("2027-05-04T17:00"), fs.get(1).messageEn());
        // 2028: 25/4 is a Tuesday and nothing is special around it, so the first line shifted is simply right
        String in2028 = jsonLines(List.of(dossier(1, LocalDateTime.of(2028, 4, 25, 10, 0),
                LocalDateTime.of(2028, 4, 26, 17, 0))));
        assertEquals(Map.of(), Fixture.counts(validate(in2028)));
    }

    @Test
    @DisplayName("with announced schedules a mismatch stays an error")
    void announcedMismatchIsError() throws IOException {
        // the formula's answer (Monday 28/4) is wrong under the announced 2025 schedule
        String text = jsonLines(List.of(dossier(1, LocalDateTime.of(2025, 4, 25, 10, 0), LocalDateTime.of(2025, 4, 28, 17, 0))));
        ValidationResult r = validate(text);
        assertEquals(1, r.count(Rules.DOSSIER_DUE_DATE.id()));
        Finding f = r.findings(Rules.DOSSIER_DUE_DATE.id()).get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("dossier H01-250425-000001: due 2025-04-28T17:00, but the working-day calendar gives 2025-04-26T17:00",
                f.messageEn());
    }

    @Test
    @DisplayName("a span from an announced year into a formula year is a warning naming the formula year")
    void spanIntoFormulaYear() throws IOException {
        // Thursday 31/12/2026 10:00, one working day: 1/1/2027 is a formula holiday, so Monday 4/1/2027
        String text = jsonLines(List.of(dossier(1, LocalDateTime.of(2026, 12, 31, 10, 0), LocalDateTime.of(2027, 1, 1, 17, 0))));
        Finding f = validate(text).findings(Rules.DOSSIER_DUE_DATE.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains("for 2027"), f.messageEn());
        assertTrue(f.messageEn().contains("2027-01-04T17:00"), f.messageEn());
    }

    @Test
    @DisplayName("24/11 (Ngày Văn hóa Việt Nam) is pending: a mismatch over it is a warning; with the option on it passes")
    void pendingCultureDay() throws IOException {
        // Monday 23/11/2026 10:00, one working day, stored as if 24/11 were a day off
        String text = jsonLines(List.of(dossier(1, LocalDateTime.of(2026, 11, 23, 10, 0), LocalDateTime.of(2026, 11, 25, 17, 0))));
        Finding f = validate(text).findings(Rules.DOSSIER_DUE_DATE.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageVi().contains("2026-11-24 (Ngày Văn hóa Việt Nam)"), f.messageVi());
        assertTrue(f.messageEn().contains("not confirmed as a day off"), f.messageEn());
        RuleParameters withCultureDay = commune.parameters().toBuilder().calendar(WorkingDayCalendar.builder()
                .announcedSchedules().vietnameseCultureDay(true).build()).build();
        assertEquals(Map.of(), Fixture.counts(validate(text, withCultureDay)));
    }

    @Test
    @DisplayName("a severity override applies to the uncertain findings too, never raising them above a warning")
    void severityOverride() throws IOException {
        String shifted = file2025().replace("2025-", "2027-").replace("-2504", "-2704");
        RuleParameters info = commune.parameters().toBuilder().severity(Rules.DOSSIER_DUE_DATE.id(), Severity.INFO).build();
        ValidationResult r = validate(shifted, info);
        assertEquals(2, r.count(Severity.INFO));
        assertEquals(0, r.count(Severity.WARNING));
    }
}
