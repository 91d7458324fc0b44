package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class JsonLinesWriterTest {

    @Test
    void oneCompactObjectPerLineEachEndingWithLf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String nfd = Normalizer.normalize("Hồ sơ", Normalizer.Form.NFD);
        try (JsonLinesWriter<TestDossier> w = JsonLinesWriter.open(out)) {
            w.write(TestDossier.of("HS-1", "00004", 50000, "2025-07-14"));
            w.write(new TestDossier(nfd, UnitCode.of("26740"), 0, LocalDate.of(2026, 4, 30), Optional.of("gấp\n")));
            assertEquals(2, w.rowsWritten());
            assertThrows(NullPointerException.class, () -> w.write(null));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals("{\"code\":\"HS-1\",\"unit\":\"00004\",\"amount\":50000,\"received\":\"2025-07-14\"}\n"
                + "{\"code\":\"Hồ sơ\",\"unit\":\"26740\",\"amount\":0,\"received\":\"2026-04-30\",\"note\":\"gấp\\n\"}\n",
                text);
        assertEquals(2, JsonLinesReaderTest.read(text).accepted.size());
        assertEquals(List.of(Optional.empty(), Optional.of("gấp\n")),
                JsonLinesReaderTest.read(text).accepted.stream().map(TestDossier::note).toList());
    }
}
