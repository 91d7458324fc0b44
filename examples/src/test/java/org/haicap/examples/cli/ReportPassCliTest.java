package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code haicap report} on files with refused rows, {@code --strict}, {@code --findings},
 * {@code --issuer}; {@code haicap validate --accepted --refused}.
 */
class ReportPassCliTest {

    private static final String SAMPLE = "/org/haicap/examples/sample/hanoi-2025-07-15/";

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        try (InputStream in = ReportPassCliTest.class.getResourceAsStream(SAMPLE + "dataset.json.gz")) {
            Files.copy(in, dir.resolve("dataset.json.gz"));
        }
        String dossiers;
        try (InputStream in = new GZIPInputStream(ReportPassCliTest.class.getResourceAsStream(SAMPLE + "dossiers.jsonl.gz"))) {
            dossiers = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // line 3 is not JSON; the others are the sample's
        int second = dossiers.indexOf('\n', dossiers.indexOf('\n') + 1) + 1;
        Files.writeString(dir.resolve("dossiers.jsonl"), dossiers.substring(0, second) + "{\"code\": oops\n"
                + dossiers.substring(second));
    }

    private static String[] args(String... more) {
        String[] base = {"report", "--as-of", "2025-07-15", "--data", dir.resolve("dataset.json.gz").toString(),
            "--data", dir.resolve("dossiers.jsonl").toString()};
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    @Test
    @DisplayName("refused rows: the report from the accepted rows, their count in it and one warning line")
    void refusedRowsAreReported() {
        Run r = Run.of(args());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Dữ liệu không đọc được"), r.out());
        assertTrue(r.out().contains("Dòng hồ sơ bị từ chối"), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("haicap: cảnh báo / warning: 1 dòng"), r.err());
    }

    @Test
    @DisplayName("--strict: one line naming the file and line, exit 2")
    void strictRefuses() {
        Run r = Run.of(args("--strict")).failsWith(Haicap.EXIT_USAGE);
        assertTrue(r.err().contains("dossiers.jsonl") && r.err().contains(":3"), r.err());
    }

    @Test
    @DisplayName("--findings prints the report and the findings of the same read; --issuer and --title are printed")
    void findingsAndIssuer() {
        Run r = Run.of(args("--findings", "--issuer", "UBND phường Ba Đình", "--title", "Báo cáo thử"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("UBND phường Ba Đình") && r.out().contains("Báo cáo thử"), r.out());
        assertTrue(r.out().contains("Kết quả kiểm tra:") && r.out().contains("vn.read.malformed-json"), r.out());
        Run.of(args("--findings", "--format", "html")).failsWith(Haicap.EXIT_USAGE);
    }

    @Test
    @DisplayName("validate --accepted DIR --refused FILE: the quarantine split, the refused row with file, line and rule")
    void rowFiles() throws IOException {
        Path accepted = dir.resolve("accepted");
        Path refused = dir.resolve("refused.jsonl");
        Run r = Run.of("validate", "--as-of", "2025-07-15", "--accepted", accepted.toString(), "--refused",
                refused.toString(), dir.resolve("dataset.json.gz").toString(), dir.resolve("dossiers.jsonl").toString());
        assertEquals(1, r.exitCode(), r.err());
        java.util.List<String> bad = Files.readAllLines(refused);
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).startsWith("{\"line\":3,\"file\":\"dossiers.jsonl\",\"stream\":\"dossiers\","
                + "\"rule\":\"vn.read.malformed-json\""), bad.get(0));
        long lines = Files.readAllLines(dir.resolve("dossiers.jsonl")).size();
        assertEquals(lines - 1, Files.readAllLines(accepted.resolve("dossiers.accepted.jsonl")).size());
        Run.of("validate", "--refused", dir.toString(), dir.resolve("dataset.json.gz").toString())
                .failsWith(Haicap.EXIT_USAGE);
    }
}
