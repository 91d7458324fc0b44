package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.junit.jupiter.api.Test;

/**
 * Feeds the figures of the Hà Nội report on the first 15 days of two-level local government
 * through the builder and checks that the Vietnamese text prints each figure exactly as the
 * article does ({@code 2.552/4.076}, {@code hơn 66.000}, {@code 99,6%}, {@code 20,12%} …).
 */
class SeedReportTest {
    private static final Report REPORT = HanoiSeedReport.build();
    private static final String VI = ReportRenderers.text().renderToString(REPORT, Language.VI);

    /** Each figure as the article prints it. */
    static final List<String> FIGURES_AS_PRINTED = List.of(
            "1 - 13/7/2025",
            "2.552/4.076", "1.047/1.356", "125/126", "251/252", "240/252",
            "126/126", "67/126", "59", "600",
            "hơn 66.000 hồ sơ", "14%", "từ 112 lên 559", "476",
            "3.570", "1.702", "trên 1.779 cuộc gọi",
            "hơn 1,9 triệu lượt truy cập", "72.995", "hơn 42.000",
            "1.233/1.238", "99,6%", "493/1.780", "27,7%", "242/1.203", "20,12%",
            "82/126", "44/126", "19", "107");

    /** The lines the text renderer must write, one per figure. */
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
            "  Ban Chấp hành      2.552/4.076 (62,6%)",
            "1.1. Con dấu",
            "- Đảng ủy xã, phường đã làm dấu cho cơ quan tham mưu: 126/126",
            "- Xã, phường đã đề nghị làm dấu cho tổ chức cơ sở đảng: 67/126",
            "- Đảng ủy đang hoàn thiện hồ sơ làm dấu: 59",
            "- Nghị quyết đã ban hành: 600 nghị quyết",
            "- Hồ sơ tiếp nhận: hơn 66.000 hồ sơ",
            "- Tỷ lệ hồ sơ nộp trực tuyến: 14%",
            "- TTHC cấp xã: từ 112 lên 559 thủ tục",
            "- Điểm đại lý dịch vụ công trực tuyến: 476 điểm",
            "- Luật sư hỗ trợ pháp lý miễn phí: hơn 200 luật sư",
            "- Phản ánh, kiến nghị: 3.570 phản ánh (nguồn: iHanoi)",
            "- Tài khoản đăng ký mới: 1.702 tài khoản (nguồn: iHanoi)",
            "- Cuộc gọi được tiếp nhận và hỗ trợ: trên 1.779 cuộc gọi (nguồn: Tổng đài 1022)",
            "- Lượt truy cập 4 TTHC khối Đảng: hơn 1,9 triệu lượt truy cập",
            "- Đảng viên đăng ký: 72.995 đảng viên",
            "- Giao dịch đóng đảng phí thành công: hơn 42.000 lượt giao dịch",
            "- Tổ chức cơ sở Đảng đã tiến hành Đại hội (trước 30/6/2025): 1.233/1.238 (99,6%)",
            "- Chi bộ trực thuộc mới thành lập đã tổ chức Đại hội: 493/1.780 (27,7%)",
            "- Chi, đảng bộ cơ sở đã tổ chức Đại hội: 242/1.203 (20,12%)",
            "- Xã, phường đang xin ý kiến về dự thảo Báo cáo Chính trị: 82/126",
            "- Đơn vị đang hoàn thiện dự thảo Báo cáo: 44/126",
            "  21 - 31/7/2025      19",
            "  Tháng 8/2025       107");

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
    void everyFigureAppearsAsTheArticlePrintsIt() {
        for (String figure : FIGURES_AS_PRINTED) {
            assertTrue(VI.contains(figure), "not printed as in the article: " + figure);
        }
    }

    @Test
    void theFiguresAreThoseOfTheArticle() throws Exception {
        // The article sits in the project's shared folder beside the checkout (CI lays it there too);
        // -Dhaicap.seed.article=<path> names another copy.
        String given = System.getProperty("haicap.seed.article", "");
        Path article = java.util.stream.Stream.of(given,
                        "../../shared/seed/hanoi-two-level-government-first-15-days.vi.txt",
                        "../shared/seed/hanoi-two-level-government-first-15-days.vi.txt")
                .filter(s -> !s.isEmpty()).map(Path::of).filter(Files::isReadable).findFirst().orElse(null);
        assumeTrue(article != null, "the seed article is not at hand");
        String text = Files.readString(article);
        for (String figure : FIGURES_AS_PRINTED) {
            assertTrue(text.contains(figure), "the article does not print " + figure);
        }
    }

    @Test
    void englishUsesEnglishFormats() {
        String en = ReportRenderers.text().renderToString(REPORT, Language.EN);
        assertTrue(en.contains("- Dossiers received: more than 66,000 dossiers\n"), en);
        assertTrue(en.contains("- Visits to the 4 Party procedures: more than 1.9 million visits\n"), en);
        assertTrue(en.contains("1,233/1,238 (99.6%)"), en);
        assertTrue(en.contains("Reporting period: 1–13 July 2025"), en);
    }

    @Test
    void machineFormatsKeepExactValues() {
        String csv = ReportRenderers.csv().renderToString(REPORT, Language.VI);
        assertTrue(csv.contains(",count,Lượt truy cập 4 TTHC khối Đảng,1900000,"), csv);
        assertTrue(csv.contains(",ratio,\"Chi, đảng bộ cơ sở đã tổ chức Đại hội\",,242,1203,20.12,"), csv);
        String json = ReportRenderers.json().renderToString(REPORT, Language.VI);
        assertTrue(json.contains("\"numerator\": 2552,\n"), json);
    }
}
