package org.haicap.reporting.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Cell;
import org.haicap.reporting.Change;
import org.haicap.reporting.Column;
import org.haicap.reporting.ColumnType;
import org.haicap.reporting.Count;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.ProgressChart;
import org.haicap.reporting.Ratio;
import org.haicap.reporting.Report;
import org.haicap.reporting.Share;
import org.haicap.reporting.Source;
import org.haicap.reporting.Table;

/** A small fixed report with every indicator kind, used by the golden files. */
final class SmallReport {
    private SmallReport() {
    }

    static LocalizedText t(String vi, String en) {
        return LocalizedText.of(vi, en);
    }

    static Report build() {
        Table byUnit = Table.builder(t("Hồ sơ theo đơn vị", "Dossiers by unit"))
                .column(t("Đơn vị", "Unit"), ColumnType.TEXT)
                .column(t("Hồ sơ", "Dossiers"), ColumnType.INTEGER)
                .column(new Column(t("Đúng hạn", "On time"), ColumnType.RATIO, 2))
                .column(t("Trực tuyến", "Online"), ColumnType.PERCENT)
                .column(t("Ngày báo cáo", "Reported on"), ColumnType.DATE)
                .row(Cell.text("Phường Hoàn Kiếm"), Cell.integer(12_345), Cell.ratio(242, 1203),
                        Cell.percent(new BigDecimal("14.25")), Cell.date(LocalDate.of(2025, 7, 3)))
                .row(Cell.text("Xã Phúc Thọ"), Cell.integer(987), Cell.ratio(0, 0), Cell.empty(), Cell.empty())
                .build()
                .withSource(Source.of("Cổng Dịch vụ công").withReference("dichvucong.hanoi.gov.vn"));
        return Report.builder(t("Báo cáo mẫu", "Sample report"))
                .issuer(t("UBND phường Mẫu", "People's Committee of Sample ward"))
                .period(LocalDate.of(2025, 6, 28), LocalDate.of(2025, 7, 3))
                .asOf(LocalDate.of(2025, 7, 14))
                .section(t("Cán bộ", "Staffing"), s -> s
                        .ratio(t("Ban Chấp hành", "Executive committees"), 2552, 4076)
                        .add(Ratio.of(t("Bí thư", "Secretaries"), 125, 126).withoutPercent())
                        .add(Ratio.of(t("Chi bộ đã đại hội", "Branches that held congresses"), 242, 1203)
                                .withPercentDecimals(2))
                        .add(Ratio.of(LocalizedText.of("Chức danh chưa có định biên"), 0, 0)
                                .withNote(t("chưa giao biên chế", "no posts assigned yet")))
                        .add(ProgressChart.of(t("Tiến độ theo chức danh", "Progress by role"), List.of(
                                ProgressChart.Item.of(t("Bí thư", "Secretaries"), 125, 126),
                                ProgressChart.Item.of(t("Phó chủ tịch UBND", "Vice-chairs"), 240, 252),
                                ProgressChart.Item.of(t("Chưa định biên", "Not staffed"), 0, 0))))
                        .section(t("Con dấu", "Seals"), c -> c.count(t("Đang hoàn thiện hồ sơ", "In preparation"), 59)))
                .section(t("Thủ tục hành chính", "Procedures"), s -> s
                        .add(Count.of(t("Hồ sơ tiếp nhận", "Dossiers received"), 66_000)
                                .withUnit(t("hồ sơ", "dossiers")).moreThan())
                        .add(Share.ofPercent(t("Nộp trực tuyến", "Filed online"), 14))
                        .add(Share.ofFraction(t("Trả kết quả đúng hạn", "Decided on time"), 493, 1780, 1))
                        .add(Change.of(t("TTHC cấp xã", "Commune procedures"), 112, 559).withUnit(t("thủ tục", "procedures")))
                        .add(Change.of(t("Hồ sơ tồn", "Backlog"), 40, 12))
                        .add(Count.of(t("Lượt truy cập", "Visits"), 1_900_000).withUnit(t("lượt", "visits"))
                                .moreThan().compact(1).withSource(Source.of("iHanoi")))
                        .add(byUnit)
                        .add(BarChart.of(t("Hồ sơ theo kênh", "Dossiers by channel"), List.of(
                                new BarChart.Bar(t("Trực tiếp", "In person"), 56_760),
                                new BarChart.Bar(t("Trực tuyến", "Online"), 9_240),
                                new BarChart.Bar(t("Bưu chính", "Post"), 0)))
                                .withUnit(t("Hồ sơ", "Dossiers")))
                        .add(Count.of(t("Giao dịch đóng đảng phí", "Party-fee payments"), 67_662)
                                .withUnit(t("lượt giao dịch", "payments")).roundedDown(1000)))
                .build();
    }
}
