package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.haicap.core.io.ReadSummary;
import org.junit.jupiter.api.Test;
import org.haicap.core.RowCollector;

class UnknownFieldsTest {

    @Test
    void refuseIsTheDefaultAndIgnoreReadsNewerFiles() throws IOException {
        byte[] line = JsonLinesReaderTest.GOOD.replace("}", ",\"addedInV2\":true}").getBytes(StandardCharsets.UTF_8);
        ReadSummary strict = JsonLinesReader.of(TestDossier.class)
                .read(new ByteArrayInputStream(line), "v2.jsonl", new RowCollector<>());
        assertEquals(1, strict.refused(org.haicap.core.io.ReadProblem.Reason.UNKNOWN_FIELD));
        ReadSummary lenient = JsonLinesReader.of(TestDossier.class).withUnknownFields(UnknownFields.IGNORE)
                .read(new ByteArrayInputStream(line), "v2.jsonl", new RowCollector<>());
        assertEquals(1, lenient.accepted());
        assertEquals(UnknownFields.REFUSE, UnknownFields.valueOf("REFUSE"));
    }
}
