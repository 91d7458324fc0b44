package org.haicap.reporting.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.procedures.Channel;
import org.haicap.reporting.Count;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;
import org.haicap.reporting.render.ReportRenderers;
import org.junit.jupiter.api.Test;

/**
 * Builds the operations report from a synthetic Hà Nội whose records the aggregates count into
 * the figures of the report on the first 15 days, and checks the Vietnamese text line by line
 * against the figures as the article prints them.
 */
class OperationsReportTest {
    private static final Dataset DATASET = HanoiSample.dataset();
    private static final DossierAggregate DOSSIERS = HanoiSample.dossiers();
    private static final PaymentAggregate PAYMENTS = HanoiSample.payments();
    private static final Report REPORT = OperationsReport.builder(DATASET, HanoiSample.AS_OF)
            .issuer(LocalizedText.of("Ban Tổ chức Thành ủy Hà Nội", "Organisation Commission of the Hà Nội Party Committee"))
            .dossiers(DOSSIERS)
            .payments(PAYMENTS)
            .reported(HanoiSample.reported())
            .build();
    private static final String VI = ReportRenderers.text().renderToString(REPORT, Language.VI);

    /** The lines the text renderer writes, in order; every figure as the article prints it. */
    static final List<String> EXPECTED_LINES = List.of(
            "Ban Tổ chức Thành ủy Hà Nội",
            "Kỳ báo cáo: 1 - 13/7/2025",
            "Số liệu tính đến ngày: 15/7/2025",
            "1. Kiện toàn tổ chức bộ máy, cán bộ",
            "- Ban Chấp hành: 2.552/4.076",
            "- Ban Thường vụ: 1.047/1.356",
            "- Bí thư: 125/126",
            "- Phó bí thư: 251/252",
            "- Phó chủ tịch HĐND: 125/126",
            "- Phó chủ tịch UBND: 240/252",
            "2. Con dấu",
            "- Đảng ủy xã, phường đã làm dấu cho cơ quan tham mưu: 126/126",
            "- Xã, phường đã đề nghị làm dấu cho tổ chức cơ sở đảng: 67/126",
            "- Đảng ủy đang hoàn thiện hồ sơ làm dấu: 59",
            "3. HĐND xã, phường",
            "- Nghị quyết đã ban hành: 600 nghị quyết (nguồn: Báo cáo của HĐND các xã, phường)",
            "4. Thủ tục hành chính và hồ sơ",
            "- Hồ sơ tiếp nhận: hơn 66.000 hồ sơ",
            "- Tỷ lệ hồ sơ nộp trực tuyến: 14%",
            "- TTHC cấp xã: từ 112 lên 559 thủ tục (nguồn: Bộ TTHC cấp xã trước 1/7/2025)",
            "- Luật sư hỗ trợ pháp lý miễn phí: hơn 200 luật sư (nguồn: Sở Tư pháp)",
            "5. Đại lý dịch vụ công trực tuyến",
            "- Điểm đại lý dịch vụ công trực tuyến: 476 điểm",
            "6. Phản ánh, kiến nghị",
            "- Phản ánh, kiến nghị: 3.570 phản ánh (nguồn: iHanoi)",
            "- Tài khoản đăng ký mới: 1.702 tài khoản (nguồn: iHanoi)",
            "- Cuộc gọi được tiếp nhận và hỗ trợ: trên 1.779 cuộc gọi (nguồn: Tổng đài 1022)",
            "7. TTHC khối Đảng trên nền tảng số",
            "- Lượt truy cập 4 TTHC khối Đảng: hơn 1,9 triệu lượt truy cập (nguồn: Nền tảng số khối Đảng)",
            "- Đảng viên đăng ký: 72.995 đảng viên (nguồn: Nền tảng số khối Đảng)",
            "- Giao dịch đóng đảng phí thành công: hơn 42.000 lượt giao dịch",
            "8. Đại hội Đảng bộ cấp cơ sở, cấp xã",
            "- Tổ chức cơ sở Đảng đã tiến hành Đại hội (trước 30/6/2025): 1.233/1.238 (99,6%)",
            "- Chi bộ trực thuộc mới thành lập đã tổ chức Đại hội: 493/1.780 (27,7%)",
            "- Chi, đảng bộ cơ sở đã tổ chức Đại hội: 242/1.203 (20,12%)",
            "- Xã, phường đang xin ý kiến về dự thảo Báo cáo Chính trị: 82/126",
            "- Đơn vị đang hoàn thiện dự thảo Báo cáo: 44/126",
            "- Đại hội điểm: 2 đơn vị");

    @Test
    void everyExpectedLineIsPrintedInOrder() {
        List<String> lines = List.of(VI.split("\n"));
        int from = 0;
        for (String expected : EXPECTED_LINES) {
            int at = lines.subList(from, lines.size()).indexOf(expected);
            assertTrue(at >= 0, "missing or out of order: [" + expected + "]\n--- rendered ---\n" + VI);
            from += at + 1;
        }
    }

    @Test
    void chartsShowSeatsChannelsCongressesAndRegistrations() {
        assertTrue(VI.contains("Chỉ định cán bộ theo chức danh"), VI);
        assertTrue(VI.matches("(?s).*Ban Chấp hành +2\\.552/4\\.076 \\(62,6%\\).*"), VI);
        assertTrue(VI.contains("Hồ sơ theo hình thức nộp"), VI);
        assertTrue(VI.matches("(?s).*Trực tuyến +9\\.298.*"), VI);
        assertTrue(VI.matches("(?s).*Tiến độ Đại hội:.*Trước 30/6/2025 +1\\.233/1\\.238 \\(99,6%\\).*"), VI);
        assertTrue(VI.contains("Danh sách đại hội điểm"), VI);
        assertTrue(VI.matches("(?s).*21 - 31/7/2025 +19\n.*"), VI);
        assertTrue(VI.matches("(?s).*Tháng 8/2025 +107\n.*"), VI);
        assertTrue(VI.matches("(?s).*Đảng bộ xã Phúc Thọ +21 - 22/7/2025\n.*"), VI);
        assertTrue(VI.matches("(?s).*Đảng bộ phường Hoàn Kiếm +22 - 23/7/2025\n.*"), VI);
    }

    @Test
    void theCountsBehindTheRoundedFigures() {
        assertEquals(HanoiSample.DOSSIERS, DOSSIERS.total());
        assertEquals(1, DOSSIERS.outsidePeriod());
        assertEquals(HanoiSample.ONLINE, DOSSIERS.count(Channel.ONLINE));
    }

    @Test
    void englishUsesEnglishFormats() {
        String en = ReportRenderers.text().renderToString(REPORT, Language.EN);
        assertTrue(en.contains("- Dossiers received: more than 66,000 dossiers\n"), en);
        assertTrue(en.contains("1,233/1,238 (99.6%)"), en);
        assertTrue(en.contains("Reporting period: 1–13 July 2025"), en);
    }

    @Test
    void everyBuiltInFormatRendersIt() {
        ReportRenderers renderers = ReportRenderers.builtIn();
        String html = renderers.require("html").renderToString(REPORT, Language.VI);
        assertTrue(html.contains("2.552/4.076") && html.contains("<svg"), html);
        String json = renderers.require("json").renderToString(REPORT, Language.VI);
        assertTrue(json.contains("\"numerator\": 1233,"), json);
        String csv = renderers.require("csv").renderToString(REPORT, Language.VI);
        assertTrue(csv.contains(",count,Hồ sơ tiếp nhận,66412,"), csv);
        assertTrue(csv.contains(",count,Hồ sơ tiếp nhận,66412,,,,,,exact,hồ sơ,,,1000,hơn 66.000 hồ sơ\r\n"), csv);
        String md = renderers.require("markdown").renderToString(REPORT, Language.EN);
        assertTrue(md.contains("1,047/1,356"), md);
    }

    @Test
    void missingReportedFiguresAreLeftOut() {
        Report r = OperationsReport.builder(DATASET, HanoiSample.AS_OF).dossiers(DOSSIERS).build();
        String vi = ReportRenderers.text().renderToString(r, Language.VI);
        assertFalse(vi.contains("iHanoi"), vi);
        assertTrue(vi.contains("- TTHC cấp xã: 559 thủ tục\n"), vi);
        assertTrue(vi.contains("- Giao dịch đóng đảng phí thành công: 0 lượt giao dịch\n"), vi);
    }

    @Test
    void extraFiguresGetASectionOfTheirOwn() {
        Report r = OperationsReport.builder(DATASET, HanoiSample.AS_OF).period(HanoiSample.FROM, HanoiSample.UNTIL)
                .reported(ReportedFigures.of(ReportedFigure.extra("centres.political", LocalizedText.of(
                        "Trung tâm chính trị khu vực", "Regional political centres"), 30,
                        org.haicap.reporting.Source.of("Ban Tổ chức Thành ủy"))))
                .build();
        String vi = ReportRenderers.text().renderToString(r, Language.VI);
        assertTrue(vi.contains("Số liệu khác"), vi);
        assertTrue(vi.contains("- Trung tâm chính trị khu vực: 30 (nguồn: Ban Tổ chức Thành ủy)\n"), vi);
    }

    @Test
    void refusesDossiersCountedOnAnotherDayAndAMissingPeriod() {
        DossierAggregate other = DossierAggregate.empty(DossierAggregate.Parameters.of(LocalDate.of(2025, 7, 16),
                HanoiSample.FROM, HanoiSample.UNTIL));
        InvalidFigureException e = assertThrows(InvalidFigureException.class,
                () -> OperationsReport.builder(DATASET, HanoiSample.AS_OF).dossiers(other));
        assertEquals("2025-07-16", e.value());
        assertThrows(InvalidFigureException.class, () -> OperationsReport.builder(DATASET, HanoiSample.AS_OF).build());
    }

    @Test
    void roundsDownToThousandsForPrintingAndKeepsTheExactCount() {
        LocalizedText l = LocalizedText.of("x");
        Count cut = OperationsReport.roundedDown(l, 66_412);
        assertEquals(66_412, cut.value());
        assertEquals(Count.Qualifier.EXACT, cut.qualifier());
        assertEquals(66_000, cut.printedValue());
        assertEquals(Count.Qualifier.MORE_THAN, cut.printedQualifier());
        assertEquals(Count.Qualifier.EXACT, OperationsReport.roundedDown(l, 66_000).printedQualifier());
        assertEquals(999, OperationsReport.roundedDown(l, 999).printedValue());
        assertEquals(Count.Qualifier.EXACT, OperationsReport.roundedDown(l, 999).printedQualifier());
    }

    @Test
    void jsonCarriesTheExactCountsBehindTheRoundedFigures() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(ReportRenderers.json().renderToString(REPORT, Language.EN));
        JsonNode dossiers = indicator(doc, "Hồ sơ tiếp nhận");
        assertEquals(HanoiSample.DOSSIERS, dossiers.get("value").asLong());
        assertEquals(66_412, dossiers.get("value").asLong());
        assertEquals("exact", dossiers.get("qualifier").asText());
        assertEquals(1000, dossiers.get("roundedDownTo").asLong());
        assertEquals(66_000, dossiers.get("printedValue").asLong());
        assertEquals("more_than", dossiers.get("printedQualifier").asText());
        JsonNode fees = indicator(doc, "Giao dịch đóng đảng phí thành công");
        long paid = PAYMENTS.count(PaymentKind.PARTY_FEE, PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED);
        assertEquals(paid, fees.get("value").asLong());
        assertTrue(paid % 1000 != 0, "the sample's payments are not a multiple of 1.000: " + paid);
        assertEquals(42_000, fees.get("printedValue").asLong());
        assertEquals("more_than", fees.get("printedQualifier").asText());
    }

    @Test
    void reportedFiguresKeepTheirReportedValueWithoutRounding() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(ReportRenderers.json().renderToString(REPORT, Language.VI));
        JsonNode lawyers = indicator(doc, "Luật sư hỗ trợ pháp lý miễn phí");
        assertEquals(200, lawyers.get("value").asLong());
        assertEquals("more_than", lawyers.get("qualifier").asText());
        assertFalse(lawyers.has("roundedDownTo"), lawyers.toString());
    }

    private static JsonNode indicator(JsonNode doc, String labelVi) {
        List<JsonNode> found = new java.util.ArrayList<>();
        for (JsonNode i : doc.findValues("indicators")) {
            i.forEach(x -> {
                if (x.at("/label/vi").asText().equals(labelVi)) {
                    found.add(x);
                }
            });
        }
        assertEquals(1, found.size(), labelVi);
        return found.get(0);
    }
}
