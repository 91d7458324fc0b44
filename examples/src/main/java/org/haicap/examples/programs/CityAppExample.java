package org.haicap.examples.programs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Count;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.Source;
import org.haicap.reporting.render.ReportRenderers;

/**
 * Example for a city developer (ví dụ ứng dụng của thành phố): a city app that already counts its
 * own numbers embeds the report builder and publishes the weekly report as HTML and text. The
 * numbers here are the app's own, typed in as an app would pass them from its database; the
 * standard report of the sample is {@code haicap report}. Run:
 * {@code java -cp haicap.jar org.haicap.examples.programs.CityAppExample [bao-cao.html]}.
 * Stateless and thread-safe.
 */
public final class CityAppExample {

    private CityAppExample() {
    }

    /** What the app counted this week, from its own tables. */
    record AppNumbers(long feedback, long resolved, long newAccounts, long hotlineCalls, long byWard, long byApp,
            long byHotline) {
    }

    /** The app's numbers for 7–13/7/2025 (illustrative). */
    static AppNumbers thisWeek() {
        return new AppNumbers(1_684, 1_530, 812, 905, 611, 858, 215);
    }

    /**
     * The report of the app's numbers.
     *
     * @param n the numbers
     * @return the report as of 15/7/2025
     */
    public static Report report(AppNumbers n) {
        return Report.builder(LocalizedText.of("Báo cáo tuần của ứng dụng thành phố", "Weekly report of the city app"))
                .issuer(LocalizedText.of("Trung tâm điều hành đô thị thông minh (ví dụ)", "Smart city operations centre (example)"))
                .period(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 13))
                .asOf(LocalDate.of(2025, 7, 15))
                .section(LocalizedText.of("Phản ánh, kiến nghị", "Feedback"), s -> s
                        .add(Count.of(LocalizedText.of("Phản ánh tiếp nhận", "Feedback received"), n.feedback())
                                .withUnit(LocalizedText.of("phản ánh", "items")).withSource(Source.of("Ứng dụng thành phố")))
                        .ratio(LocalizedText.of("Đã xử lý xong", "Resolved"), n.resolved(), n.feedback())
                        .add(BarChart.of(LocalizedText.of("Theo kênh", "By channel"), List.of(
                                new BarChart.Bar(LocalizedText.of("Ứng dụng", "App"), n.byApp()),
                                new BarChart.Bar(LocalizedText.of("Xã, phường", "Ward office"), n.byWard()),
                                new BarChart.Bar(LocalizedText.of("Tổng đài", "Hotline"), n.byHotline())))))
                .section(LocalizedText.of("Người dùng", "Users"), s -> s
                        .count(LocalizedText.of("Tài khoản đăng ký mới", "New accounts"), n.newAccounts(),
                                LocalizedText.of("tài khoản", "accounts"))
                        .add(Count.of(LocalizedText.of("Cuộc gọi tổng đài", "Hotline calls"), n.hotlineCalls())
                                .withUnit(LocalizedText.of("cuộc gọi", "calls")).withSource(Source.of("Tổng đài 1022"))))
                .build();
    }

    /**
     * Prints the Vietnamese text report and writes the HTML one.
     *
     * @param args optionally the HTML file (default {@code bao-cao-tuan.html} in the working directory)
     * @throws IOException if the HTML file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Report report = report(thisWeek());
        Path html = Path.of(args.length > 0 ? args[0] : "bao-cao-tuan.html");
        Files.writeString(html, ReportRenderers.installed().require("html").renderToString(report, Language.VI),
                StandardCharsets.UTF_8);
        System.out.print(ReportRenderers.text().renderToString(report, Language.VI));
        System.out.println("HTML: " + html);
    }
}
