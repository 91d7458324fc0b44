package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real headless Chromium and checks what the browser made of it:
 * the figures are in the DOM, hostile labels stayed text (no element was created from them,
 * no script ran), the Content Security Policy reported no violation and the style sheet was
 * applied (a colour only the CSS sets shows up in a screenshot).
 *
 * <p>Skipped when no Chromium is found. Install it on Debian or Ubuntu with
 * {@code apt-get install -y chromium}; or point {@code -Dhaicap.chromium=/path/to/chrome} at a
 * binary. Each browser run is destroyed after 60 seconds.
 */
class HtmlBrowserTest {
    private static final long TIMEOUT_SECONDS = 60;
    /** {@code th{background:#f1f3f5}}: only the style sheet paints this colour. */
    private static final int CSS_ONLY_RGB = 0xf1f3f5;

    @TempDir
    static Path tmp;

    private static Path html;

    @BeforeAll
    static void render() throws IOException {
        Report seed = HanoiSeedReport.build();
        Report hostile = Hostile.build();
        List<Section> sections = new ArrayList<>(seed.sections());
        sections.addAll(hostile.sections());
        Report both = new Report(hostile.title(), hostile.issuer(), seed.period(), seed.asOf(), sections);
        html = tmp.resolve("report.html");
        Files.writeString(html, ReportRenderers.html().renderToString(both, Language.VI), StandardCharsets.UTF_8);
    }

    static Optional<Path> chromium() {
        String given = System.getProperty("haicap.chromium", "");
        if (!given.isEmpty()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs Chromium headless with {@code extra} arguments; returns stdout and stderr. */
    private static String[] run(String name, String... extra) throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "no chromium binary found (apt-get install -y chromium)");
        Path profile = Files.createDirectories(tmp.resolve("profile-" + name));
        List<String> cmd = new ArrayList<>(List.of(browser.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(html.toUri().toString());
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s and was stopped: " + cmd);
        }
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void theBrowserShowsTheFiguresAndRunsNothing() throws Exception {
        String[] result = run("dom", "--dump-dom");
        String dom = result[0];
        assertTrue(dom.contains("<h1>"), "no DOM dumped; stderr:\n" + result[1]);
        for (String figure : List.of("2.552/4.076", "1.233/1.238 (99,6%)", "242/1.203 (20,12%)", "hơn 66.000 hồ sơ",
                "hơn 1,9 triệu lượt truy cập", "từ 112 lên 559 thủ tục", "Kỳ báo cáo: <time datetime=\"2025-07-01\">1 - 13/7/2025")) {
            assertTrue(dom.contains(figure), "missing in the DOM: " + figure);
        }
        // hostile labels are text: no element was created from them
        assertFalse(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(dom).find(), "a script element exists");
        assertFalse(dom.contains("<img"), "an img element exists");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Matcher tag = Pattern.compile("<[^>]*>").matcher(dom);
        while (tag.find()) {
            assertFalse(Pattern.compile("\\son[a-z]+\\s*=").matcher(tag.group()).find(), "event handler: " + tag.group());
        }
        // every chart came through as an SVG image with its data table
        assertEquals(5, count(dom, "role=\"img\""));
        assertEquals(5, count(dom, "<table class=\"chart-data\">"));
        // the policy blocked nothing (Chromium logs every violation to the console)
        assertFalse(result[1].contains("Content Security Policy"), "CSP violation:\n" + result[1]);
        assertFalse(result[1].contains("alert("), "something ran:\n" + result[1]);
    }

    @Test
    void theStyleSheetIsApplied() throws Exception {
        Path png = tmp.resolve("report.png");
        String[] result = run("shot", "--window-size=1000,1400", "--hide-scrollbars", "--screenshot=" + png);
        assertTrue(Files.size(png) > 0, "no screenshot; stderr:\n" + result[1]);
        BufferedImage image = ImageIO.read(png.toFile());
        int cssPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == CSS_ONLY_RGB) {
                    cssPixels++;
                }
            }
        }
        assertTrue(cssPixels > 100, "table headers not painted by the style sheet (" + cssPixels + " pixels)");
        assertFalse(result[1].contains("Content Security Policy"), "CSP violation:\n" + result[1]);
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
