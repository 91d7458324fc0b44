package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.procedures.DueDateBasis;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule settings as data: the writer, the reader, and the errors of a bad file. */
class RuleSettingsTest {

    private static final UnitCode BA_DINH = UnitCode.of("00004");
    private static final UnitCode HOAN_KIEM = UnitCode.of("00070");

    static final String EVERY_FIELD = """
            {
              "format": "haicap-rule-settings", "version": "1.0",
              "$comment": "every member set",
              "description": "thiết lập thử / test settings",
              "hdndChair": {"default": "SECRETARY", "byUnit": {"00004": "SEPARATE"}},
              "committeeViceChairs": {"$comment": "c", "default": 3, "byUnit": {"00004": 1, "00070": 4}},
              "provinceViceChairAverage": {"average": 2.75, "from": "2026-01-01"},
              "overQuotaToleranceEnd": "2029-12-31",
              "executiveCommitteeCaps": {"small": 25, "large": 35, "largeFromMerged": 4},
              "standingCommittee": {"min": 7, "max": 13},
              "minimumFullMembers": 4,
              "basicCommitteeThreshold": 40,
              "secretaryGracePeriod": "P6M",
              "timelinessDueDate": "REVISED",
              "severities": {"vn.party.cell-committee": "INFO", "vn.commune.secretary": "WARNING"},
              "cellCommittee": {"threshold": 10, "max": 5},
              "unpaidFeeMonths": 4,
              "staffing": {"executiveCommitteeMinimum": 20, "councilStandingOutsideCommittee": false,
                           "countPartlyMergedCommunes": false}
            }
            """;

    @Test
    void theDefaultsRoundTrip() {
        String json = RuleSettings.toJson(RuleParameters.defaults());
        assertTrue(json.contains("\"standingCommittee\" : {\n    \"min\" : 9,\n    \"max\" : 11\n  }"), json);
        // applied onto a base that differs everywhere, the written defaults give the defaults back
        RuleParameters other = RuleSettings.parse(EVERY_FIELD, "every.json", RuleParameters.defaults());
        RuleParameters back = RuleSettings.parse(json, "defaults.json", other);
        assertEquals(json, RuleSettings.toJson(back));
        assertEquals(9, back.standingCommitteeMin());
        assertEquals(HdndChairArrangement.STANDING_DEPUTY_SECRETARY, back.hdndChair().arrangementFor(BA_DINH));
        assertEquals(2, back.committeeViceChairs(HOAN_KIEM));
        assertEquals(Severity.ERROR, back.severity("vn.party.cell-committee", Severity.ERROR));
    }

    @Test
    void aFileWithEveryMemberGivesThoseValues() {
        RuleParameters p = RuleSettings.parse(EVERY_FIELD, "every.json", RuleParameters.defaults());
        assertEquals(HdndChairArrangement.SECRETARY, p.hdndChair().arrangementFor(HOAN_KIEM));
        assertEquals(HdndChairArrangement.SEPARATE, p.hdndChair().arrangementFor(BA_DINH));
        assertEquals(3, p.committeeViceChairs(UnitCode.of("00001")));
        assertEquals(1, p.committeeViceChairs(BA_DINH));
        assertEquals(4, p.committeeViceChairs(HOAN_KIEM));
        assertEquals(2.75, p.provinceViceChairAverage());
        assertEquals(LocalDate.of(2026, 1, 1), p.provinceViceChairAverageFrom());
        assertEquals(LocalDate.of(2029, 12, 31), p.overQuotaToleranceEnd());
        assertEquals(25, p.executiveCommitteeCapSmall());
        assertEquals(35, p.executiveCommitteeCapLarge());
        assertEquals(4, p.executiveCommitteeLargeFromMerged());
        assertEquals(7, p.standingCommitteeMin());
        assertEquals(13, p.standingCommitteeMax());
        assertEquals(4, p.minimumFullMembers());
        assertEquals(40, p.basicCommitteeThreshold());
        assertEquals(Period.ofMonths(6), p.secretaryGracePeriod());
        assertEquals(DueDateBasis.REVISED, p.timelinessDueDate());
        assertEquals(Map.of("vn.party.cell-committee", Severity.INFO, "vn.commune.secretary", Severity.WARNING),
                p.severityOverrides());
        assertEquals(10, p.cellCommitteeThreshold());
        assertEquals(5, p.cellCommitteeMax());
        assertEquals(4, p.unpaidFeeMonths());
        assertEquals(new StaffingParameters(20, false, false), p.staffing());
        // and writing it reads back to the same document
        String json = RuleSettings.toJson(p);
        assertEquals(json, RuleSettings.toJson(RuleSettings.parse(json, "again.json", RuleParameters.defaults())));
    }

    @Test
    void membersLeftOutAndTheServicesStayTheBases(@TempDir Path dir) throws Exception {
        RuleParameters base = RuleParameters.builder().standingCommittee(8, 12).unpaidFeeMonths(2).build();
        Path f = dir.resolve("hanoi-rules.json");
        Files.writeString(f, "{\"format\": \"haicap-rule-settings\", \"version\": \"1.0\","
                + " \"standingCommittee\": {\"max\": 15}}", StandardCharsets.UTF_8);
        RuleParameters p = RuleSettings.read(f, base);
        assertEquals(8, p.standingCommitteeMin());
        assertEquals(15, p.standingCommitteeMax());
        assertEquals(2, p.unpaidFeeMonths());
        assertSame(base.catalog(), p.catalog());
        assertSame(base.calendar(), p.calendar());
        assertSame(base.feeRules(), p.feeRules());
        assertEquals(9, RuleSettings.read(f).standingCommitteeMin());
    }

    @Test
    void theWriterWritesAFile(@TempDir Path dir) {
        Path f = dir.resolve("out.json");
        RuleParameters p = RuleParameters.builder().unpaidFeeMonths(5).committeeViceChairs(BA_DINH, 3).build();
        RuleSettings.write(p, f);
        RuleParameters back = RuleSettings.read(f);
        assertEquals(5, back.unpaidFeeMonths());
        assertEquals(3, back.committeeViceChairs(BA_DINH));
    }

    @Test
    void theExampleOfTheDocsReads() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "validation.md"), StandardCharsets.UTF_8);
        int at = doc.indexOf("<!-- rule-settings-example -->");
        assertTrue(at > 0, "the example marker in docs/validation.md");
        int start = doc.indexOf("```json\n", at) + "```json\n".length();
        String json = doc.substring(start, doc.indexOf("```", start));
        RuleParameters p = RuleSettings.parse(json, "validation.md", RuleParameters.defaults());
        assertEquals(HdndChairArrangement.SECRETARY, p.hdndChair().arrangementFor(HOAN_KIEM));
        assertEquals(3, p.committeeViceChairs(HOAN_KIEM));
        assertEquals(Period.ofMonths(3), p.secretaryGracePeriod());
        assertEquals(Severity.WARNING, p.severity("vn.commune.secretary", Severity.ERROR));
        assertFalse(p.staffing().countPartlyMergedCommunes());
    }

    private static RuleSettingsException refused(String members) {
        String json = "{\"format\": \"haicap-rule-settings\", \"version\": \"1.0\"" + members + "}";
        return assertThrows(RuleSettingsException.class,
                () -> RuleSettings.parse(json, "rules.json", RuleParameters.defaults()));
    }

    private static void says(RuleSettingsException e, String path, String value, String vietnamese, String english) {
        String m = e.getMessage();
        assertEquals("rules.json", e.source());
        assertEquals(path, e.path());
        assertEquals(value, e.value());
        assertTrue(m.startsWith("rules.json " + path + ": "), m);
        assertTrue(m.contains(vietnamese), m);
        assertTrue(m.contains(english), m);
        assertFalse(m.contains("\n"), m);
    }

    @Test
    void malformedJsonSaysTheLineAndColumn() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.parse(
                "{\"format\": \"haicap-rule-settings\",\n  \"version\": \"1.0\",\n  \"unpaidFeeMonths\": 3,,\n}",
                "rules.json", RuleParameters.defaults()));
        says(e, "dòng/line 3, cột/column 24", "", "JSON không hợp lệ", "malformed JSON");
    }

    @Test
    void anUnknownMemberIsRefused() {
        says(refused(", \"unpaidFeeMonth\": 3"), "$.unpaidFeeMonth", "", "trường không rõ \"unpaidFeeMonth\"",
                "unknown member \"unpaidFeeMonth\"");
        says(refused(", \"standingCommittee\": {\"minimum\": 3}"), "$.standingCommittee.minimum", "",
                "trường không rõ", "unknown member \"minimum\" (known: min, max)");
    }

    @Test
    void aWrongTypeIsRefused() {
        says(refused(", \"unpaidFeeMonths\": \"3\""), "$.unpaidFeeMonths", "\"3\"", "cần một số nguyên",
                "expected an integer");
        says(refused(", \"staffing\": {\"countPartlyMergedCommunes\": \"no\"}"),
                "$.staffing.countPartlyMergedCommunes", "\"no\"", "cần true hoặc false", "expected true or false");
        says(refused(", \"overQuotaToleranceEnd\": \"1/7/2030\""), "$.overQuotaToleranceEnd", "\"1/7/2030\"",
                "ngày không hợp lệ", "not a valid date");
        says(refused(", \"timelinessDueDate\": \"LATEST\""), "$.timelinessDueDate", "\"LATEST\"",
                "giá trị không rõ", "expected one of ORIGINAL, REVISED");
        says(refused(", \"cellCommittee\": 9"), "$.cellCommittee", "9", "cần một đối tượng JSON",
                "expected a JSON object");
    }

    @Test
    void anOutOfRangeValueIsRefusedWithTheBuildersCheck() {
        RuleSettingsException e = refused(", \"unpaidFeeMonths\": 13");
        says(e, "$.unpaidFeeMonths", "13", "tham số unpaidFeeMonths phải từ 1 đến 12",
                "parameter unpaidFeeMonths must be 1 to 12");
        assertTrue(e.getCause() instanceof InvalidParameterException);
        says(refused(", \"committeeViceChairs\": {\"byUnit\": {\"00004\": 11}}"),
                "$.committeeViceChairs.byUnit['00004']", "11", "phải từ 0 đến 10", "must be 0 to 10");
        says(refused(", \"secretaryGracePeriod\": \"P-1M\""), "$.secretaryGracePeriod", "\"P-1M\"",
                "không được âm", "must not be negative");
        says(refused(", \"staffing\": {\"executiveCommitteeMinimum\": 0}"), "$.staffing.executiveCommitteeMinimum",
                "0", "phải từ 1 đến 200", "must be 1 to 200");
    }

    @Test
    void anUnknownRuleIdIsRefused() {
        says(refused(", \"severities\": {\"vn.party.cell-comittee\": \"INFO\"}"),
                "$.severities['vn.party.cell-comittee']", "\"vn.party.cell-comittee\"",
                "không có quy tắc nào có mã này", "no rule has this id");
        says(refused(", \"severities\": {\"vn.party.cell-committee\": \"NOTICE\"}"),
                "$.severities['vn.party.cell-committee']", "\"NOTICE\"", "giá trị không rõ",
                "expected one of ERROR, WARNING, INFO");
    }

    @Test
    void aBadUnitCodeIsRefused() {
        says(refused(", \"hdndChair\": {\"byUnit\": {\"4\": \"SECRETARY\"}}"), "$.hdndChair.byUnit['4']", "\"4\"",
                "mã đơn vị không hợp lệ", "not a unit code");
        says(refused(", \"committeeViceChairs\": {\"byUnit\": {\"99999\": 2}}"),
                "$.committeeViceChairs.byUnit['99999']", "\"99999\"", "không có đơn vị có mã này trong danh mục",
                "no unit with this code in the catalogue");
    }

    @Test
    void theFormatAndVersionAreChecked(@TempDir Path dir) {
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.parse(
                "{\"format\": \"haicap-catalogue-amendments\", \"version\": \"1.0\"}", "rules.json",
                RuleParameters.defaults()));
        says(e, "$.format", "\"haicap-catalogue-amendments\"", "cần \"format\"", "expected \"format\"");
        e = assertThrows(RuleSettingsException.class, () -> RuleSettings.parse(
                "{\"format\": \"haicap-rule-settings\", \"version\": \"2.0\"}", "rules.json", RuleParameters.defaults()));
        says(e, "$.version", "\"2.0\"", "phiên bản 1.0", "version 1.0");
        Path missing = dir.resolve("none.json");
        e = assertThrows(RuleSettingsException.class, () -> RuleSettings.read(missing));
        assertEquals(missing + ": không có tệp này / no such file", e.getMessage());
    }
}
