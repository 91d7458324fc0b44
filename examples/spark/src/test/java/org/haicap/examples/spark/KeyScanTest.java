package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyScanTest {

    @Test
    void scansTheTopLevelFieldOrSaysItCannotTell() {
        assertEquals("H01-250701-0001", KeyScan.key(StreamKind.DOSSIERS, "{\"unit\":\"x\",\"code\":\"H01-250701-0001\"}"));
        assertEquals("H01", KeyScan.key(StreamKind.DOSSIERS, "{\"history\":[{\"code\":\"no\"}],\"code\":\"\\u004801\"}"));
        assertEquals(KeyScan.NONE, KeyScan.key(StreamKind.DOSSIERS, "{\"unit\":\"x\"}"));
        assertEquals(KeyScan.NONE, KeyScan.key(StreamKind.DOSSIERS, "[1, 2]"));
        assertNull(KeyScan.key(StreamKind.DOSSIERS, "{\"code\":12}"));
        assertNull(KeyScan.key(StreamKind.DOSSIERS, "{\"code\":\"a\",\"code\":\"b\"}"));
        assertNull(KeyScan.key(StreamKind.DOSSIERS, "{not json"));
        assertNull(KeyScan.key(StreamKind.DOSSIERS, "{\"code\":\"a\"} {}"));
        assertEquals("TX-1", KeyScan.key(StreamKind.PAYMENTS, "{\"reference\":\" TX-1 \"}"));
        assertEquals(KeyScan.NONE, KeyScan.key(StreamKind.PAYMENTS, "{\"reference\":null}"));
    }

    @Test
    void agreesWithTheBindingOnEveryAcceptedRow(@TempDir Path dir) throws Exception {
        DemoData.write(dir, 5_000);
        List<String> odd = List.of(
                "{\"code\":\"\u212A01-250701-0001\",\"procedure\":\"1.001193\",\"unit\":\"00004\",\"channel\":\"IN_PERSON\",\"receivedAt\":\"2025-07-01T08:00:00\",\"status\":\"ACCEPTED\"}");
        check(StreamKind.DOSSIERS, JsonLinesReader.of(Dossier.class), dir.resolve("dossiers.jsonl"), odd);
        check(StreamKind.PAYMENTS, JsonLinesReader.of(Payment.class), dir.resolve("payments.jsonl"), List.of());
        assertTrue(DatasetReader.create().read(dir.resolve("dataset.json")).clean());
        assertEquals(LocalDate.of(2025, 12, 1), DatasetReader.create().read(dir.resolve("dataset.json")).dataset().info().asOf());
    }

    private static void check(StreamKind kind, JsonLinesReader<?> reader, Path file, List<String> more) throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                .map(l -> new String(l.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)).toList());
        lines.addAll(more);
        int accepted = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            RowResult<?> row = reader.readLine(line, SourceLocation.of("f", i + 1, 1));
            String key = KeyScan.key(kind, line);
            Optional<String> bound = RowChecks.duplicateKey(row);
            if (row instanceof RowResult.Accepted<?> && key != KeyScan.UNKNOWN) {
                accepted++;
                assertEquals(bound.orElse(KeyScan.NONE), key, line);
            }
        }
        assertTrue(accepted > 1000);
    }
}
