package org.haicap.examples.programs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityAppExampleTest {

    @Test
    void printsTheTextReportAndWritesTheHtmlOne(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("bao-cao.html");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            CityAppExample.main(new String[] {html.toString()});
        } finally {
            System.setOut(old);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Kỳ báo cáo: 7 - 13/7/2025\n"), text);
        assertTrue(text.contains("- Phản ánh tiếp nhận: 1.684 phản ánh (nguồn: Ứng dụng thành phố)\n"), text);
        assertTrue(text.contains("- Đã xử lý xong: 1.530/1.684 (90,9%)\n"), text);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<svg") && page.contains("1.684"), page);
    }
}
