package org.haicap.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.haicap.core.io.RowHandler;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;
import org.haicap.reporting.render.ReportRenderers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardReportsTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);

    /** Every figure of the article, as the article prints it, in the order the report prints them. */
    static final List<String> ARTICLE_LINES = List.of(
            "Ban Tổ chức Thành ủy Hà Nội",
            "Kỳ báo cáo: 1 - 13/7/2025",
            "Số liệu tính đến ngày: 15/7/2025",
            "- Ban Chấp hành: 2.552/4.076",
            "- Ban Thường vụ: 1.047/1.356",
            "- Bí thư: 125/126",
            "- Phó bí thư: 251/252",
            "- Phó chủ tịch HĐND: 125/126",
            "- Phó chủ tịch UBND: 240/252",
            "- Đảng ủy xã, phường đã làm dấu cho cơ quan tham mưu: 126/126",
            "- Xã, phường đã đề nghị làm dấu cho tổ chức cơ sở đảng: 67/126",
            "- Đảng ủy đang hoàn thiện hồ sơ làm dấu: 59",
            "- Nghị quyết đã ban hành: 600 nghị quyết (nguồn: Báo cáo của HĐND các xã, phường)",
            "- Hồ sơ tiếp nhận: hơn 66.000 hồ sơ",
            "- Tỷ lệ hồ sơ nộp trực tuyến: 14%",
            "- TTHC cấp xã: từ 112 lên 559 thủ tục (nguồn: Bộ TTHC cấp xã trước 1/7/2025)",
            "- Luật sư hỗ trợ pháp lý miễn phí: hơn 200 luật sư (nguồn: Sở Tư pháp)",
            "- Điểm đại lý dịch vụ công trực tuyến: 476 điểm",
            "- Phản ánh, kiến nghị: 3.570 phản ánh (nguồn: iHanoi)",
            "- Tài khoản đăng ký mới: 1.702 tài khoản (nguồn: iHanoi)",
            "- Cuộc gọi được tiếp nhận và hỗ trợ: trên 1.779 cuộc gọi (nguồn: Tổng đài 1022)",
            "- Lượt truy cập 4 TTHC khối Đảng: hơn 1,9 triệu lượt truy cập (nguồn: Nền tảng số khối Đảng)",
            "- Đảng viên đăng ký: 72.995 đảng viên (nguồn: Nền tảng số khối Đảng)",
            "- Giao dịch đóng đảng phí thành công: hơn 42.000 lượt giao dịch",
            "- Tổ chức cơ sở Đảng đã tiến hành Đại hội (trước 30/6/2025): 1.233/1.238 (99,6%)",
            "- Chi bộ trực thuộc mới thành lập đã tổ chức Đại hội: 493/1.780 (27,7%)",
            "- Chi, đảng bộ cơ sở đã tổ chức Đại hội: 242/1.203 (20,12%)",
            "- Xã, phường đang xin ý kiến về dự thảo Báo cáo Chính trị: 82/126",
            "- Đơn vị đang hoàn thiện dự thảo Báo cáo: 44/126",
            "  21 - 31/7/2025      19",
            "  Tháng 8/2025       107",
            "- Đại hội điểm: 2 đơn vị",
            "  Đảng bộ xã Phúc Thọ       21 - 22/7/2025",
            "  Đảng bộ phường Hoàn Kiếm  22 - 23/7/2025");

    static String text(Report r) {
        return ReportRenderers.text().renderToString(r, Language.VI);
    }

    @Test
    void theSamplePrintsEveryFigureOfTheArticleInOrder() {
        String vi = text(StandardReports.ofSample(HanoiSampleGenerator.NAME, AS_OF));
        List<String> lines = List.of(vi.split("\n"));
        int from = 0;
        for (String expected : ARTICLE_LINES) {
            int at = lines.subList(from, lines.size()).indexOf(expected);
            assertTrue(at >= 0, "missing or out of order: [" + expected + "]\n--- rendered ---\n" + vi);
            from += at + 1;
        }
    }

    @Test
    void theSampleNamesItsIssuerAfterItsUnitsProvince() {
        Report r = StandardReports.ofSample(HanoiSampleGenerator.NAME, AS_OF);
        assertEquals(java.util.Optional.of(org.haicap.core.text.LocalizedText.of("Ban Tổ chức Thành ủy Hà Nội",
                "Organisation Commission of the Hà Nội Party Committee")), r.issuer());
        assertEquals(org.haicap.reporting.standard.OperationsReport.DEFAULT_TITLE, r.title());
    }

    @Test
    void everyChartOfTheSampleHasItsDataInBothCsvFormats() {
        Report r = StandardReports.ofSample(HanoiSampleGenerator.NAME, AS_OF);
        List<org.haicap.reporting.Chart> charts = new ArrayList<>();
        java.util.ArrayDeque<org.haicap.reporting.Section> todo = new java.util.ArrayDeque<>(r.sections());
        while (!todo.isEmpty()) {
            org.haicap.reporting.Section s = todo.poll();
            s.indicators().stream().filter(i -> i instanceof org.haicap.reporting.Chart)
                    .forEach(i -> charts.add((org.haicap.reporting.Chart) i));
            todo.addAll(s.sections());
        }
        assertEquals(4, charts.size(), charts.toString());
        for (String format : List.of("csv", "csv-excel")) {
            String sep = format.equals("csv") ? "," : ";";
            String csv = ReportRenderers.builtIn().require(format).renderToString(r, Language.VI);
            int records = 0;
            for (org.haicap.reporting.Chart c : charts) {
                if (c instanceof org.haicap.reporting.BarChart) {
                    for (org.haicap.reporting.BarChart.Bar b : ((org.haicap.reporting.BarChart) c).bars()) {
                        String record = sep + "bar" + sep + cell(b.category().vi(), sep) + sep + b.value() + sep;
                        assertTrue(csv.contains(record), format + " lacks " + record + "\n" + csv);
                        records++;
                    }
                } else {
                    for (org.haicap.reporting.ProgressChart.Item i : ((org.haicap.reporting.ProgressChart) c).items()) {
                        String record = sep + "progress_item" + sep + cell(i.category().vi(), sep) + sep + sep
                                + i.fraction().numerator() + sep + i.fraction().denominator() + sep;
                        assertTrue(csv.contains(record), format + " lacks " + record + "\n" + csv);
                        records++;
                    }
                }
            }
            assertEquals(6 + 4 + 3 + 2, records, "items and bars of the four charts");
        }
        assertTrue(ReportRenderers.csv().renderToString(r, Language.VI)
                .contains(",bar,Trực tuyến,9298,,,,,,,hồ sơ,,,,9.298 hồ sơ\r\n"));
    }

    /** A CSV cell as written: quoted when it holds the separator. */
    private static String cell(String text, String sep) {
        return text.contains(sep) ? "\"" + text + "\"" : text;
    }

    @Test
    void theCountsBehindTheRoundedFiguresComeFromTheShippedStreams() throws IOException {
        Inputs sample = Inputs.sample(HanoiSampleGenerator.NAME);
        DossierAggregate.Accumulator d = DossierAggregate.accumulator(DossierAggregate.Parameters.of(AS_OF,
                HanoiSampleGenerator.FROM, HanoiSampleGenerator.UNTIL));
        sample.readDossiers(RowHandler.<Dossier>of((x, at) -> d.add(x), p -> {
            throw new AssertionError(p.toString());
        }));
        DossierAggregate dossiers = d.snapshot();
        assertEquals(66_412, dossiers.total());
        assertEquals(9_298, dossiers.count(Channel.ONLINE));
        assertEquals(1_250, dossiers.outsidePeriod());
        PaymentAggregate.Accumulator p = PaymentAggregate.accumulator();
        sample.readPayments(RowHandler.of((x, at) -> p.add(x), x -> {
            throw new AssertionError(x.toString());
        }));
        assertEquals(42_317, p.snapshot().count(PaymentKind.PARTY_FEE, PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED));
        assertEquals(360, p.snapshot().count(PaymentKind.PARTY_FEE, PaymentChannel.ONLINE_PORTAL, PaymentStatus.FAILED));
    }

    @Test
    void theShippedFilesGivenAsDataGiveTheSameReport(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String f : List.of(HanoiSampleGenerator.DATASET_FILE, HanoiSampleGenerator.DOSSIERS_FILE,
                HanoiSampleGenerator.PAYMENTS_FILE, HanoiSampleGenerator.REPORTED_FILE)) {
            try (InputStream in = getClass().getResourceAsStream(Inputs.RESOURCES + HanoiSampleGenerator.NAME + "/" + f)) {
                Path p = dir.resolve(f);
                Files.copy(in, p);
                files.add(p);
            }
        }
        Report fromFiles = StandardReports.build(Inputs.ofFiles(List.of(files.get(2), files.get(0), files.get(3), files.get(1))),
                AS_OF);
        assertEquals(text(StandardReports.ofSample(HanoiSampleGenerator.NAME, AS_OF)), text(fromFiles));
    }

    @Test
    void csvStreamsGiveTheSameReport(@TempDir Path dir) throws IOException {
        Inputs sample = Inputs.sample(HanoiSampleGenerator.NAME);
        Path dossiers = dir.resolve("ho-so.csv.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dossiers));
                org.haicap.core.json.CsvRecordWriter<Dossier> w = org.haicap.core.json.DossierCsv.writer(out)) {
            sample.readDossiers(RowHandler.<Dossier>of((x, at) -> write(w, x), p -> {
                throw new AssertionError(p.toString());
            }));
        }
        Path payments = dir.resolve("thanh-toan.csv");
        try (java.io.OutputStream out = Files.newOutputStream(payments);
                org.haicap.core.json.CsvRecordWriter<org.haicap.core.money.Payment> w = org.haicap.core.json.PaymentCsv.writer(out)) {
            sample.readPayments(RowHandler.of((x, at) -> write(w, x), p -> {
                throw new AssertionError(p.toString());
            }));
        }
        Path dataset = dir.resolve(HanoiSampleGenerator.DATASET_FILE);
        Path reported = dir.resolve(HanoiSampleGenerator.REPORTED_FILE);
        for (Path p : List.of(dataset, reported)) {
            try (InputStream in = getClass().getResourceAsStream(Inputs.RESOURCES + HanoiSampleGenerator.NAME + "/"
                    + p.getFileName())) {
                Files.copy(in, p);
            }
        }
        Report fromCsv = StandardReports.build(Inputs.ofFiles(List.of(dataset, dossiers, payments, reported)), AS_OF);
        assertEquals(text(StandardReports.ofSample(HanoiSampleGenerator.NAME, AS_OF)), text(fromCsv));
    }

    private static <T> void write(org.haicap.core.json.CsvRecordWriter<T> w, T row) {
        try {
            w.write(row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePeriodEndsTwoDaysBeforeTheAsOfDate() {
        assertEquals(LocalDate.of(2025, 7, 1), StandardReports.periodStart(AS_OF));
        assertEquals(LocalDate.of(2025, 7, 13), StandardReports.periodEnd(AS_OF));
        assertEquals(LocalDate.of(2025, 7, 1), StandardReports.periodStart(LocalDate.of(2025, 8, 2)));
    }

    @Test
    void aBrokenRowSaysWhereAndWhy(@TempDir Path dir) throws IOException {
        Path dataset = dir.resolve("dataset.json.gz");
        try (InputStream in = getClass().getResourceAsStream(Inputs.RESOURCES + HanoiSampleGenerator.NAME + "/"
                + HanoiSampleGenerator.DATASET_FILE)) {
            Files.copy(in, dataset);
        }
        Path dossiers = Files.writeString(dir.resolve("ho-so.jsonl"),
                "{\"code\":\"H01-250701-0001\",\"procedure\":\"1.001193\",\"unit\":\"00070\",\"channel\":\"FAX\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardReports.build(Inputs.ofFiles(List.of(dataset, dossiers)), AS_OF));
        assertTrue(e.getMessage().contains("ho-so.jsonl") && e.getMessage().contains(":1"), e.getMessage());
    }
}
