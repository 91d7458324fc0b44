package org.haicap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.MergeShare;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.core.units.UnitType;
import org.haicap.reporting.Count;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.render.ReportRenderers;
import org.haicap.reporting.pass.ReportOutcome;
import org.haicap.reporting.pass.ReportPass;
import org.haicap.validation.HaicapValidation;
import org.haicap.validation.pass.Input;
import org.haicap.validation.pass.PassInputs;
import org.haicap.validation.pass.StreamKind;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DatasetValidator;
import org.haicap.validation.testing.HaicapAssertions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The Java shown in README.md, compiled and run, so that the README cannot drift from the API. */
class ReadmeSnippetsTest {

    @Test
    void catalogue() {
        UnitCatalog catalog = UnitCatalog.official();
        AdminUnit baDinh = catalog.unit("00004").orElseThrow();
        assertEquals("Phường Ba Đình", baDinh.name());
        assertEquals("Thành phố Hà Nội", baDinh.province().name());
        assertEquals(UnitType.PHUONG, baDinh.typeAsOf(LocalDate.of(2025, 7, 15)));
        assertEquals(UnitType.PHUONG, catalog.unit("25270").orElseThrow().typeAsOf(LocalDate.of(2026, 5, 1)));
        assertEquals("00070", catalog.search("P. Hoàn Kiếm, Hà Nội").get(0).unit().code().value());
        assertEquals("00004", catalog.successors("00013").get(0).unit().code().value());
        assertEquals(MergeShare.WHOLE, catalog.successors("00013").get(0).share());
        assertEquals(10, catalog.predecessors("00004").size());
        assertEquals(10, baDinh.mergedCommuneCount());
    }

    @Test
    void mainJobInTenLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        for (String f : List.of("dataset.json.gz", "dossiers.jsonl.gz", "payments.jsonl.gz", "fee-bases.jsonl.gz",
                "reported-figures.json")) {
            try (java.io.InputStream in = getClass().getResourceAsStream("/org/haicap/examples/sample/hanoi-2025-07-15/" + f)) {
                java.nio.file.Files.copy(in, dir.resolve(f));
            }
        }
        java.nio.file.Path here = dir;
        PassInputs inputs = PassInputs.builder()
                .dataset(Input.file(here.resolve("dataset.json.gz")))
                .dossiers(Input.file(here.resolve("dossiers.jsonl.gz")))
                .payments(Input.file(here.resolve("payments.jsonl.gz")))
                .feeBases(Input.file(here.resolve("fee-bases.jsonl.gz")))
                .reportedFigures(Input.file(here.resolve("reported-figures.json")))
                .build();
        ReportOutcome out = ReportPass.builder().asOf(LocalDate.of(2025, 7, 15)).threads(2).build().run(inputs);
        String summary = out.pass().result().summary(java.util.Locale.forLanguageTag("vi"), 5);
        String html = ReportRenderers.html().renderToString(out.report(), Language.VI);
        assertTrue(summary.startsWith("Kết quả kiểm tra: 41 quy tắc; 15 lỗi, 465 cảnh báo, 1 thông tin"), summary);
        assertEquals(0, out.pass().rows(StreamKind.DOSSIERS).refused());
        assertTrue(out.pass().rows(StreamKind.DOSSIERS).accepted() > 60_000);
        assertTrue(html.contains("Ban Tổ chức Thành ủy Hà Nội"), "issuer from the data");
    }

    @Test
    void cityDeveloperReport() {
        Report report = Report.builder(LocalizedText.of("Báo cáo 15 ngày", "15-day report"))
                .issuer(LocalizedText.of("Ban Tổ chức Thành ủy Hà Nội"))
                .period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(LocalizedText.of("Cán bộ", "Staffing"), s -> s
                        .ratio(LocalizedText.of("Ban Chấp hành", "Executive committees"), 2552, 4076)
                        .add(Count.of(LocalizedText.of("Hồ sơ", "Dossiers"), 66_000).moreThan()))
                .build();
        String vi = ReportRenderers.text().renderToString(report, Language.VI);
        String html = ReportRenderers.html().renderToString(report, Language.EN);
        assertTrue(vi.contains("2.552/4.076 (62,6%)"), vi);
        assertTrue(html.contains("Content-Security-Policy"), html);
    }

    @Test
    void wardVendorRoster() {
        LocalDate asOf = LocalDate.of(2025, 7, 15);
        UnitCode ward = UnitCode.of("00004");
        List<Person> people = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        posts.add(Post.of(PostId.of("bi-thu"), ward, PostRole.SECRETARY));
        posts.add(Post.of(PostId.of("pbt-tt"), ward, PostRole.STANDING_DEPUTY_SECRETARY));
        people.add(Person.of(PersonId.of("p1"), "Người Mẫu Một"));
        Decision decision = Decision.of("11-HD/TU", LocalDate.of(2025, 7, 1));
        appointments.add(Appointment.of(AppointmentId.of("a1"), PersonId.of("p1"), PostId.of("pbt-tt"),
                LocalDate.of(2025, 7, 1), decision));

        Dataset dataset = Dataset.builder(DatasetInfo.of("phuong-ba-dinh", asOf))
                .units(List.of(ward))
                .people(people).posts(posts).appointments(appointments)
                .build();
        ValidationResult result = DatasetValidator.standard().validate(dataset, asOf);
        assertTrue(result.hasErrors());
        assertEquals(0, result.measure("vn.commune.secretary").orElseThrow().passed());
        assertEquals(1, result.measure("vn.commune.secretary").orElseThrow().total());
        String summary = result.summary(HaicapValidation.VIETNAMESE);
        assertTrue(summary.contains("vn.commune.secretary"), summary);
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> HaicapAssertions.assertValid(dataset, asOf));
        assertFalse(failure.getMessage().isBlank());
    }

    @Test
    void testSuiteImport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        LocalDate asOf = LocalDate.of(2025, 7, 15);
        Dataset empty = Dataset.builder(DatasetInfo.of("import", asOf)).build();
        java.nio.file.Path file = dir.resolve("dataset.json");
        org.haicap.core.json.DatasetWriter.write(empty, file);
        org.haicap.core.json.DatasetReader.Result read = org.haicap.core.json.DatasetReader.create().read(file);
        HaicapAssertions.assertValid(read, asOf);
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                .replaceFirst("\"units\"\\s*:\\s*\\[\\s*\\]", "\"units\": [\"123\"]"));
        org.haicap.core.json.DatasetReader.Result bad = org.haicap.core.json.DatasetReader.create().read(file);
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> HaicapAssertions.assertValid(bad, asOf));
        assertTrue(failure.getMessage().contains("vn.read."), failure.getMessage());
    }
}
