package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.procedures.Dossier;
import org.junit.jupiter.api.Test;

/** What the hand-written binders take on themselves, and what they leave to databind. */
class LineBinderTest {
    private static final SourceLocation AT = SourceLocation.of("t.jsonl", 3, 1);
    private static final String DOSSIER = "{\"code\":\"H09.UBND-260207-0000000\",\"procedure\":\"1.001022\","
            + "\"unit\":\"09856\",\"channel\":\"ONLINE\",\"receivedAt\":\"2026-02-07T22:10:00\","
            + "\"due\":\"2026-02-23T17:00:00\",\"completedAt\":\"2026-02-17T23:56:00\",\"status\":\"RESULT_RETURNED\","
            + "\"history\":[{\"at\":\"2026-02-08T01:56:00\",\"from\":\"NEW\",\"to\":\"ACCEPTED\"},"
            + "{\"at\":\"2026-02-09T21:56:00\",\"from\":\"ACCEPTED\",\"to\":\"PROCESSING\"},"
            + "{\"at\":\"2026-02-17T17:56:00\",\"from\":\"PROCESSING\",\"to\":\"PROCESSED\"},"
            + "{\"at\":\"2026-02-17T23:56:00\",\"from\":\"PROCESSED\",\"to\":\"RESULT_RETURNED\","
            + "\"note\":\"Đã trả kết quả tại bộ phận một cửa\"}],\"fullHistory\":true}";
    private static final String PAYMENT = "{\"id\":\"TT-1\",\"kind\":\"PARTY_FEE\",\"subject\":{\"type\":\"PARTY_FEE\","
            + "\"memberId\":\"26221-P14\",\"month\":\"2025-11\",\"organisationId\":\"26221-DB\"},\"amount\":50000,"
            + "\"channel\":\"BANK_TRANSFER\",\"status\":\"SUCCEEDED\",\"at\":\"2025-11-08T13:26:00\",\"reference\":\"FT1\"}";

    private static <T> T bind(LineBinder<T> binder, String line) throws IOException {
        try (JsonParser p = HaicapJson.newFactory(HaicapJson.Limits.DEFAULT)
                .createParser(line.getBytes(StandardCharsets.UTF_8))) {
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            T value = binder.bindObject(p);
            // The reader, not the binder, looks past the object.
            return p.nextToken() == null ? value : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static <T> T scan(LineBinder<T> binder, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return binder.scan(b, 0, b.length, HaicapJson.Limits.DEFAULT);
    }

    private static <T> RowResult<T> both(JsonLinesReader<T> reader, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        RowResult<T> viaBytes = reader.readLine(b, 0, b.length, AT);
        assertEquals(reader.readLine(line, AT), viaBytes, line);
        return viaBytes;
    }

    @Test
    void bindersAreChosenByType() {
        assertInstanceOf(DossierBinder.class, LineBinder.forType(Dossier.class));
        assertInstanceOf(PaymentBinder.class, LineBinder.forType(Payment.class));
        assertNull(LineBinder.forType(TestDossier.class));
    }

    @Test
    void theBindersReadTheWrittenShapesThemselves() throws IOException {
        Dossier d = bind(new DossierBinder(), DOSSIER);
        assertNotNull(d);
        assertEquals(4, d.history().size());
        assertEquals(Optional.of("Đã trả kết quả tại bộ phận một cửa"), d.history().get(3).note());
        assertEquals(new RowResult.Accepted<>(d, AT), both(JsonLinesReader.of(Dossier.class), DOSSIER));
        assertEquals(d, scan(new DossierBinder(), DOSSIER), "the byte scanner takes it too");
        Payment p = bind(new PaymentBinder(), PAYMENT);
        assertNotNull(p);
        assertEquals(YearMonth.of(2025, 11), ((PaymentSubject.PartyFee) p.subject()).month());
        assertEquals(new RowResult.Accepted<>(p, AT), both(JsonLinesReader.of(Payment.class), PAYMENT));
        assertEquals(p, scan(new PaymentBinder(), PAYMENT), "the byte scanner takes it too");
    }

    @Test
    void nullOptionalsAndNfdTextAreTakenAsDatabindTakesThem() throws IOException {
        String line = DOSSIER.replace("\"due\":\"2026-02-23T17:00:00\"", "\"due\":null")
                .replace("Đã trả", "Đa\u0303 tra\u0309");
        Dossier d = bind(new DossierBinder(), line);
        assertNotNull(d);
        assertEquals(d, scan(new DossierBinder(), line));
        assertEquals(Optional.empty(), d.due());
        assertEquals(Optional.of("Đã trả kết quả tại bộ phận một cửa"), d.history().get(3).note());
        assertEquals(new RowResult.Accepted<>(d, AT), both(JsonLinesReader.of(Dossier.class), line));
    }

    @Test
    void aSubjectWhoseTypeComesLateIsLeftToDatabindWhichAcceptsIt() throws IOException {
        String line = PAYMENT.replace("{\"type\":\"PARTY_FEE\",\"memberId\":\"26221-P14\",",
                "{\"memberId\":\"26221-P14\",\"type\":\"PARTY_FEE\",");
        assertNull(bind(new PaymentBinder(), line));
        assertNull(scan(new PaymentBinder(), line));
        RowResult<Payment> r = both(JsonLinesReader.of(Payment.class), line);
        assertEquals(bind(new PaymentBinder(), PAYMENT), ((RowResult.Accepted<Payment>) r).row());
    }

    @Test
    void doubtfulLinesAreLeftToDatabindAndKeepTheirProblems() throws IOException {
        String[][] cases = {
            {DOSSIER.replace("\"ONLINE\"", "\"online\""), "INVALID_VALUE"},
            {DOSSIER.replace("\"fullHistory\":true", "\"fullHistory\":true,\"fullHistory\":true"), "DUPLICATE_KEY"},
            {DOSSIER.replace("\"fullHistory\":true", "\"fullHistory\":true,\"extra\":1"), "UNKNOWN_FIELD"},
            {DOSSIER.replace(",\"fullHistory\":true", ""), "MISSING_FIELD"},
            {DOSSIER.replace("\"unit\":\"09856\"", "\"unit\":9856"), "INVALID_VALUE"},
            {DOSSIER + " {}", "MALFORMED_JSON"},
            {PAYMENT.replace("50000", "5e4"), "INVALID_VALUE"},
            {PAYMENT.replace("50000", "-50000"), "INVALID_VALUE"},
            {PAYMENT.replace("\"TT-1\"", "\"TT\\u0000-1\""), "CONTROL_CHARACTER"},
            {PAYMENT.replace("\"2025-11\"", "\"2025-13\""), "INVALID_VALUE"},
        };
        for (String[] c : cases) {
            boolean dossier = c[0].contains("\"code\"");
            Object bound = dossier ? bind(new DossierBinder(), c[0]) : bind(new PaymentBinder(), c[0]);
            assertNull(bound, c[0]);
            assertNull(dossier ? scan(new DossierBinder(), c[0]) : scan(new PaymentBinder(), c[0]), c[0]);
            RowResult<?> r = dossier ? both(JsonLinesReader.of(Dossier.class).withRecordIdField("code"), c[0])
                    : both(JsonLinesReader.of(Payment.class).withRecordIdField("id"), c[0]);
            ReadProblem problem = ((RowResult.Refused<?>) r).problem();
            assertEquals(c[1], problem.reason().name(), c[0]);
            assertTrue(problem.location().recordId().isPresent(), c[0]);
        }
    }
}
