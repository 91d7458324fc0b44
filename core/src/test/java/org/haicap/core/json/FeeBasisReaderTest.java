package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.party.FeeBasisKind;
import org.junit.jupiter.api.Test;

class FeeBasisReaderTest {

    private static FeeBasisReader.Result read(String text) throws IOException {
        return FeeBasisReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "fee-bases.jsonl");
    }

    @Test
    void readsTheDocumentedLines() throws IOException {
        FeeBasisReader.Result r = read("""
                {"member":"DV-000001","kind":"SALARY","amount":6500000,"allowances":500000,"exemptions":[],"validFrom":"2025-01"}
                {"member":"DV-000002","kind":"PENSION","amount":4200000,"admittedOn":"1972-03-03","exemptions":[],"validFrom":"2024-07","validTo":"2025-12"}
                {"member":"DV-000003","kind":"NOT_INSURED","region":"I","exemptions":["HARDSHIP"],"reduction":{"percent":50,"firstMonth":"2025-03","lastMonth":"2025-08"},"validFrom":"2025-01"}
                """);
        assertTrue(r.clean(), r.problems().toString());
        assertEquals(3, r.bases().size());
        assertEquals(FeeBasisKind.PENSION, r.bases().entry("DV-000002", YearMonth.of(2025, 7)).orElseThrow().kind());
        assertEquals(Optional.empty(), r.bases().entry("DV-000002", YearMonth.of(2026, 1)));
        assertTrue(r.bases().basis("DV-000003", YearMonth.of(2025, 7)).orElseThrow().hardshipExemption());
    }

    @Test
    void malformedEntriesAreProblemsAtTheirLineAndPathAndTheRestIsRead() throws IOException {
        FeeBasisReader.Result r = read("""
                {"member":"DV-1","kind":"SALARY","amount":6500000,"exemptions":[],"validFrom":"2025-01"}
                {"member":"DV-2","kind":"SALARY","exemptions":[],"validFrom":"2025-01"}
                {"member":"DV-3","kind":"WAGES","amount":1,"exemptions":[],"validFrom":"2025-01"}
                {"member":"DV-4","kind":"PENSION","amount":-7654321,"exemptions":[],"validFrom":"2025-01"}
                {"member":"DV-5","kind":"PENSION","amount":1000,"exemptions":[],"validFrom":"2025-13"}
                {"member":"DV-1","kind":"PENSION","amount":2000000,"exemptions":[],"validFrom":"2025-01"}
                {"member":"DV-6","kind":"STUDENT","validFrom":"2025-01"}
                not json
                """);
        assertEquals(1, r.bases().size());
        assertEquals(8, r.summary().read());
        assertEquals(7, r.summary().refused());
        assertEquals(7, r.problems().size());
        ReadProblem noAmount = r.problems().get(0);
        assertEquals(2, noAmount.location().line());
        assertEquals(ReadProblem.Reason.INVALID_VALUE, noAmount.reason());
        assertEquals(Optional.of("DV-2"), noAmount.location().recordId());
        assertTrue(noAmount.english().contains("amount"), noAmount.english());
        assertEquals(3, r.problems().get(1).location().line());
        assertEquals(Optional.of("$.kind"), r.problems().get(1).location().path());
        ReadProblem negative = r.problems().get(2);
        assertEquals(4, negative.location().line());
        assertFalse(negative.english().contains("7654321"), negative.english());
        assertFalse(negative.vietnamese().contains("7654321"), negative.vietnamese());
        assertEquals(Optional.of("$.validFrom"), r.problems().get(3).location().path());
        ReadProblem twice = r.problems().get(4);
        assertEquals(6, twice.location().line());
        assertEquals(Optional.of("$.validFrom"), twice.location().path());
        assertTrue(twice.english().contains("line 1"), twice.english());
        assertEquals(ReadProblem.Reason.MISSING_FIELD, r.problems().get(5).reason());
        assertEquals(7, r.problems().get(5).location().line());
        assertEquals(8, r.problems().get(6).location().line());
    }
}
