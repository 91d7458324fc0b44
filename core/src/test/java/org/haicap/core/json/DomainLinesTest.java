package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.junit.jupiter.api.Test;

/** Each kind of bad dossier or payment line gets its own clear problem, and the counts reconcile. */
class DomainLinesTest {
    private static final String GOOD = "{\"code\":\"HS-250701-0001\",\"procedure\":\"1.001234\",\"unit\":\"00004\","
            + "\"channel\":\"IN_PERSON\",\"receivedAt\":\"2025-07-01T08:00:00\",\"status\":\"ACCEPTED\",\"history\":[],"
            + "\"fullHistory\":true}";

    record Outcome(List<Dossier> rows, List<ReadProblem> problems, ReadSummary summary) {
    }

    static Outcome read(byte[] bytes) throws IOException {
        List<Dossier> rows = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ReadSummary s = JsonLinesReader.of(Dossier.class).withRecordIdField("code")
                .read(new ByteArrayInputStream(bytes), "d.jsonl", RowHandler.of((d, at) -> rows.add(d), problems::add));
        assertEquals(s.read(), s.accepted() + s.refused());
        assertEquals(problems.size(), s.refused());
        return new Outcome(rows, problems, s);
    }

    @Test
    void eachBadLineHasItsReasonAndTheGoodOnesAreRead() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        String nfd = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD);
        for (String line : List.of(GOOD,
                GOOD.replace("\"unit\"", "\"unit\":\"00004\",\"unit\""),
                GOOD.replace("\"fullHistory\"", "\"fullhistory\":true,\"fullHistory\""),
                GOOD.replace("HS-250701-0001", "HS 250701"),
                GOOD.replace("\"status\":\"ACCEPTED\"", "\"status\":\"PROCESSED\""),
                GOOD.replace("\"channel\":\"IN_PERSON\",", ""),
                GOOD.replace("}", ",\"applicant\":\"" + nfd + "\"}"))) {
            in.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            in.write('\n');
        }
        byte[] head = GOOD.substring(0, 10).getBytes(StandardCharsets.UTF_8);
        int offset = in.size() + head.length;
        in.writeBytes(head);
        in.write(0xED);
        in.write(0xA0);
        in.write(0x80);
        in.writeBytes(GOOD.substring(10).getBytes(StandardCharsets.UTF_8));
        Outcome o = read(in.toByteArray());
        assertEquals(8, o.summary().read());
        // a full in-person history that starts at PROCESSED is a record: the status-history rule judges it
        assertEquals(3, o.summary().accepted());
        assertEquals(List.of(org.haicap.core.procedures.DossierConsistency.Kind.START),
                org.haicap.core.procedures.DossierConsistency.check(o.rows().get(1)).stream()
                        .map(org.haicap.core.procedures.DossierConsistency.Violation::kind).toList());
        assertEquals(List.of(Reason.DUPLICATE_KEY, Reason.UNKNOWN_FIELD, Reason.INVALID_VALUE,
                Reason.MISSING_FIELD, Reason.INVALID_UTF8), o.problems().stream().map(ReadProblem::reason).toList());
        assertEquals(Optional.of("$.code"), o.problems().get(2).location().path());
        assertEquals(Optional.of("$.channel"), o.problems().get(3).location().path());
        assertEquals(Optional.of("HS-250701-0001"), o.problems().get(3).location().recordId());
        assertEquals(8, o.problems().get(4).location().line());
        assertEquals(11, o.problems().get(4).location().column());
        assertEquals(true, o.problems().get(4).english().contains(Integer.toString(offset)),
                o.problems().get(4).english());
        assertEquals(Optional.of("Nguyễn"), o.rows().get(2).applicant());
    }

    @Test
    void aPaymentSubjectMustSuitItsKindAndNameItsType() {
        String good = "{\"id\":\"TT-2\",\"kind\":\"PROCEDURE_FEE\",\"subject\":{\"type\":\"DOSSIER_FEE\","
                + "\"dossier\":\"HS-1\"},\"amount\":50000,\"channel\":\"CASH\",\"status\":\"PENDING\","
                + "\"at\":\"2025-07-01T08:00:00\"}";
        JsonLinesReader<Payment> reader = JsonLinesReader.of(Payment.class);
        org.haicap.core.io.SourceLocation at = org.haicap.core.io.SourceLocation.of("p.jsonl", 1, 1);
        assertEquals(true, reader.readLine(good, at) instanceof org.haicap.core.io.RowResult.Accepted);
        for (String bad : List.of(good.replace("PROCEDURE_FEE", "PARTY_FEE"),
                good.replace("\"type\":\"DOSSIER_FEE\",", ""),
                good.replace("DOSSIER_FEE", "BANANA"),
                good.replace("50000", "50000.5"))) {
            org.haicap.core.io.RowResult<Payment> r = reader.readLine(bad, at);
            assertEquals(true, r instanceof org.haicap.core.io.RowResult.Refused, bad);
            ReadProblem p = ((org.haicap.core.io.RowResult.Refused<Payment>) r).problem();
            assertEquals(Reason.INVALID_VALUE, p.reason(), p.toString());
        }
    }
}
