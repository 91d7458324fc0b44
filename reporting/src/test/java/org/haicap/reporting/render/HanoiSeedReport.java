package org.haicap.reporting.render;

import java.time.LocalDate;
import java.util.List;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Change;
import org.haicap.reporting.Count;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.ProgressChart;
import org.haicap.reporting.Ratio;
import org.haicap.reporting.Report;
import org.haicap.reporting.Share;
import org.haicap.reporting.Source;

/**
 * The figures of the Hà Nội report on the first 15 days of two-level local government
 * (conference of the City Party Committee, July 2025), fed through the builder.
 */
final class HanoiSeedReport {
    private HanoiSeedReport() {
    }

    static LocalizedText t(String vi, String en) {
        return LocalizedText.of(vi, en);
    }

    static Report build() {
        return Report.builder(t("Báo cáo 15 ngày đầu vận hành chính quyền địa phương 2 cấp",
                        "Report on the first 15 days of two-level local government"))
                .issuer(t("Ban Tổ chức Thành ủy Hà Nội", "Organisation Commission of the Hà Nội Party Committee"))
                .period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(t("Kiện toàn tổ chức bộ máy, cán bộ", "Organisation and staffing"), s -> s
                        .add(Ratio.of(t("Ban Chấp hành", "Executive committees"), 2552, 4076).withoutPercent())
                        .add(Ratio.of(t("Ban Thường vụ", "Standing committees"), 1047, 1356).withoutPercent())
                        .add(Ratio.of(t("Bí thư", "Secretaries"), 125, 126).withoutPercent())
                        .add(Ratio.of(t("Phó bí thư", "Deputy secretaries"), 251, 252).withoutPercent())
                        .add(Ratio.of(t("Phó chủ tịch HĐND", "People's Council vice-chairs"), 125, 126).withoutPercent())
                        .add(Ratio.of(t("Phó chủ tịch UBND", "People's Committee vice-chairs"), 240, 252).withoutPercent())
                        .add(ProgressChart.of(t("Chỉ định cán bộ theo chức danh", "Appointments by role"), List.of(
                                ProgressChart.Item.of(t("Ban Chấp hành", "Executive committees"), 2552, 4076),
                                ProgressChart.Item.of(t("Ban Thường vụ", "Standing committees"), 1047, 1356),
                                ProgressChart.Item.of(t("Bí thư", "Secretaries"), 125, 126),
                                ProgressChart.Item.of(t("Phó bí thư", "Deputy secretaries"), 251, 252),
                                ProgressChart.Item.of(t("Phó chủ tịch HĐND", "People's Council vice-chairs"), 125, 126),
                                ProgressChart.Item.of(t("Phó chủ tịch UBND", "People's Committee vice-chairs"), 240, 252))))
                        .section(t("Con dấu", "Seals"), c -> c
                                .add(Ratio.of(t("Đảng ủy xã, phường đã làm dấu cho cơ quan tham mưu",
                                        "Commune Party committees with seals for their offices"), 126, 126).withoutPercent())
                                .add(Ratio.of(t("Xã, phường đã đề nghị làm dấu cho tổ chức cơ sở đảng",
                                        "Communes that applied for seals of grassroots Party organisations"), 67, 126)
                                        .withoutPercent())
                                .add(Count.of(t("Đảng ủy đang hoàn thiện hồ sơ làm dấu",
                                        "Party committees preparing seal applications"), 59)))
                        .section(t("HĐND xã, phường", "Commune People's Councils"), c -> c
                                .count(t("Nghị quyết đã ban hành", "Resolutions issued"), 600,
                                        t("nghị quyết", "resolutions"))))
                .section(t("Thủ tục hành chính", "Administrative procedures"), s -> s
                        .add(Count.of(t("Hồ sơ tiếp nhận", "Dossiers received"), 66_000)
                                .withUnit(t("hồ sơ", "dossiers")).moreThan())
                        .add(Share.ofPercent(t("Tỷ lệ hồ sơ nộp trực tuyến", "Share filed online"), 14))
                        .add(Change.of(t("TTHC cấp xã", "Commune-level procedures"), 112, 559)
                                .withUnit(t("thủ tục", "procedures")))
                        .add(Count.of(t("Điểm đại lý dịch vụ công trực tuyến", "Online public-service agent points"), 476)
                                .withUnit(t("điểm", "points")))
                        .add(Count.of(t("Luật sư hỗ trợ pháp lý miễn phí", "Lawyers giving free legal aid"), 200)
                                .withUnit(t("luật sư", "lawyers")).moreThan()))
                .section(t("Chuyển đổi số", "Digital services"), s -> s
                        .add(Count.of(t("Phản ánh, kiến nghị", "Feedback and petitions"), 3570)
                                .withUnit(t("phản ánh", "items")).withSource(Source.of("iHanoi")))
                        .add(Count.of(t("Tài khoản đăng ký mới", "New accounts"), 1702)
                                .withUnit(t("tài khoản", "accounts")).withSource(Source.of("iHanoi")))
                        .add(Count.of(t("Cuộc gọi được tiếp nhận và hỗ trợ", "Calls answered"), 1779)
                                .withUnit(t("cuộc gọi", "calls")).withQualifier(Count.Qualifier.OVER)
                                .withSource(Source.of(t("Tổng đài 1022", "Hotline 1022"))))
                        .add(Count.of(t("Lượt truy cập 4 TTHC khối Đảng", "Visits to the 4 Party procedures"), 1_900_000)
                                .withUnit(t("lượt truy cập", "visits")).moreThan().compact(1))
                        .add(Count.of(t("Đảng viên đăng ký", "Party members registered"), 72_995)
                                .withUnit(t("đảng viên", "members")))
                        .add(Count.of(t("Giao dịch đóng đảng phí thành công", "Party-fee payments"), 42_000)
                                .withUnit(t("lượt giao dịch", "payments")).moreThan()))
                .section(t("Đại hội Đảng bộ cấp cơ sở", "Grassroots Party congresses"), s -> s
                        .add(Ratio.of(t("Tổ chức cơ sở Đảng đã tiến hành Đại hội (trước 30/6/2025)",
                                "Grassroots organisations that held congresses (before 30/6/2025)"), 1233, 1238))
                        .add(Ratio.of(t("Chi bộ trực thuộc mới thành lập đã tổ chức Đại hội",
                                "New branches that held congresses"), 493, 1780))
                        .add(Ratio.of(t("Chi, đảng bộ cơ sở đã tổ chức Đại hội",
                                "Grassroots branches and committees that held congresses"), 242, 1203)
                                .withPercentDecimals(2))
                        .add(ProgressChart.of(t("Tiến độ Đại hội", "Congress progress"), List.of(
                                ProgressChart.Item.of(t("Trước 30/6/2025", "Before 30/6/2025"), 1233, 1238),
                                ProgressChart.Item.of(t("Chi bộ mới thành lập", "New branches"), 493, 1780),
                                ProgressChart.Item.of(t("Chi, đảng bộ cơ sở", "Grassroots branches"), 242, 1203)))
                                .withPercentDecimals(2)))
                .section(t("Đại hội Đảng bộ xã, phường", "Commune Party congresses"), s -> s
                        .add(Ratio.of(t("Xã, phường đang xin ý kiến về dự thảo Báo cáo Chính trị",
                                "Communes consulting on the draft political report"), 82, 126).withoutPercent())
                        .add(Ratio.of(t("Đơn vị đang hoàn thiện dự thảo Báo cáo",
                                "Units finishing the draft report"), 44, 126).withoutPercent())
                        .add(BarChart.of(t("Đăng ký tổ chức Đại hội theo thời gian", "Congress dates registered"), List.of(
                                new BarChart.Bar(t("21 - 31/7/2025", "21–31 July 2025"), 19),
                                new BarChart.Bar(t("Tháng 8/2025", "August 2025"), 107)))
                                .withUnit(t("đơn vị", "units"))))
                .build();
    }
}
