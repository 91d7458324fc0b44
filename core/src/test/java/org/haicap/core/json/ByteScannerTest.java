package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.junit.jupiter.api.Test;

/** What {@link ByteScanner} takes by itself, and what it leaves to Jackson. */
class ByteScannerTest {
    private static final SourceLocation AT = SourceLocation.of("t.jsonl", 1, 1);
    private static final String PAYMENT = "{\"id\":\"TT-1\",\"kind\":\"PARTY_FEE\",\"subject\":{\"type\":\"PARTY_FEE\","
            + "\"memberId\":\"26221-P14\",\"month\":\"2025-11\",\"organisationId\":\"26221-DB\"},\"amount\":50000,"
            + "\"channel\":\"BANK_TRANSFER\",\"status\":\"SUCCEEDED\",\"at\":\"2025-11-08T13:26:00\",\"reference\":\"FT1\"}";
    private static final String DOSSIER = "{\"code\":\"H09.UBND-260207-0000000\",\"procedure\":\"1.001022\","
            + "\"unit\":\"09856\",\"channel\":\"ONLINE\",\"receivedAt\":\"2026-02-07T22:10:00\",\"status\":\"ACCEPTED\","
            + "\"history\":[{\"at\":\"2026-02-08T01:56:00\",\"from\":\"NEW\",\"to\":\"ACCEPTED\","
            + "\"note\":\"Nguyễn Thị Ánh\"}],\"fullHistory\":false,\"applicant\":null}";

    private static Payment scanPayment(String line, HaicapJson.Limits limits) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new PaymentBinder().scan(b, 0, b.length, limits);
    }

    private static Payment scanPayment(String line) {
        return scanPayment(line, HaicapJson.Limits.DEFAULT);
    }

    private static Dossier scanDossier(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new DossierBinder().scan(b, 0, b.length, HaicapJson.Limits.DEFAULT);
    }

    @Test
    void plainLinesAreTakenAndEqualWhatTheTextPathGives() {
        Payment p = scanPayment(PAYMENT);
        assertNotNull(p);
        assertEquals(new RowResult.Accepted<>(p, AT), JsonLinesReader.of(Payment.class).readLine(PAYMENT, AT));
        Dossier d = scanDossier(DOSSIER);
        assertNotNull(d);
        assertEquals("Nguyễn Thị Ánh", d.history().get(0).note().orElseThrow());
        assertEquals(new RowResult.Accepted<>(d, AT), JsonLinesReader.of(Dossier.class).readLine(DOSSIER, AT));
        String nfd = DOSSIER.replace("Nguyễn", "Nguye\u0302\u0303n");
        assertEquals(d, scanDossier(nfd), "NFD text is taken and normalised");
        String spaced = " { \"code\" :\t\"H09.UBND-260207-0000000\"\r," + DOSSIER.substring(DOSSIER.indexOf("\"procedure\""))
                .replace("[{", "[ { ").replace("}]", " } ] ") + " \t";
        assertEquals(d, scanDossier(spaced));
    }

    @Test
    void anythingNotPlainIsLeftToJackson() {
        String[] doubtful = {
            PAYMENT.replace("TT-1", "TT\\u002D1"),
            PAYMENT.replace("TT-1", "TT\\\"1"),
            PAYMENT.replace("TT-1", "TT\\n1"),
            PAYMENT.replace("TT-1", "TT\t1"),
            PAYMENT.replace("TT-1", "TT\u00001"),
            PAYMENT.replace("\"id\"", "\"\\u0069d\""),
            PAYMENT.replace("50000", "050000"),
            PAYMENT.replace("50000", "50000.0"),
            PAYMENT.replace("50000", "5e4"),
            PAYMENT.replace("50000", "+50000"),
            PAYMENT.replace("50000", "-0"),
            PAYMENT.replace("50000", "1234567890123456789"),
            PAYMENT.replace("50000", "50000x"),
            PAYMENT.replace("50000", "\"50000\""),
            PAYMENT.replace("\"FT1\"", "nul"),
            PAYMENT.replace("\"FT1\"", "nullx"),
            PAYMENT.replace("\"FT1\"", "NULL"),
            PAYMENT + " x",
            PAYMENT + ",",
            PAYMENT + "\u00A0",
            PAYMENT.replace("}", ",}"),
            PAYMENT.replace("{\"id\"", "{,\"id\""),
            PAYMENT.replace(",\"amount\"", ",,\"amount\""),
            PAYMENT.replace(":50000", ":50000,\"amount\":50000"),
            PAYMENT.replace(",\"reference\":\"FT1\"", ",\"extra\":1"),
            PAYMENT.replace(",\"reference\":\"FT1\"", ",\"amount\":50000"),
            PAYMENT.replace("{\"type\":\"PARTY_FEE\",\"memberId\":\"26221-P14\",",
                    "{\"memberId\":\"26221-P14\",\"type\":\"PARTY_FEE\","),
            PAYMENT.replace("\"SUCCEEDED\"", "\"succeeded\""),
            PAYMENT.replace(":", " :\u3000"),
            PAYMENT.substring(0, PAYMENT.length() - 1),
            "[" + PAYMENT + "]",
            "\uFEFF" + PAYMENT,
        };
        for (String line : doubtful) {
            assertNull(scanPayment(line), line);
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            for (UnknownFields u : UnknownFields.values()) {
                JsonLinesReader<Payment> r = JsonLinesReader.of(Payment.class).withUnknownFields(u);
                assertEquals(r.readLine(line, AT), r.readLine(b, 0, b.length, AT), line);
            }
        }
        assertNull(scanDossier(DOSSIER.replace("\"fullHistory\":false", "\"fullHistory\":0")));
        assertNull(scanDossier(DOSSIER.replace("[{", "[{},{")));
        assertNull(scanDossier(DOSSIER.replace("}]", "},]")));
        assertNull(scanDossier(DOSSIER.replace("\"applicant\":null", "\"applicant\":1")));
    }

    @Test
    void theReadersLimitsAreKept() {
        assertNotNull(scanPayment(PAYMENT, new HaicapJson.Limits(2, 20, 5, 14, 1000)));
        assertNull(scanPayment(PAYMENT, new HaicapJson.Limits(1, 20, 5, 14, 1000)), "nesting");
        assertNull(scanPayment(PAYMENT, new HaicapJson.Limits(2, 18, 5, 14, 1000)), "string length");
        assertNull(scanPayment(PAYMENT, new HaicapJson.Limits(2, 20, 4, 14, 1000)), "number length");
        assertNull(scanPayment(PAYMENT, new HaicapJson.Limits(2, 20, 5, 13, 1000)), "name length");
        assertNull(scanPayment(PAYMENT, new HaicapJson.Limits(2, 20, 5, 14, 100)), "document length");
    }

    @Test
    void badDatesThrowAsTheIsoParsersDo() {
        byte[] b = "2025-02-30T00:00:00".getBytes(StandardCharsets.US_ASCII);
        assertThrows(DateTimeException.class, () -> IsoTimes.dateTime(b, 0, b.length));
        byte[] m = "2025-13".getBytes(StandardCharsets.US_ASCII);
        assertThrows(DateTimeException.class, () -> IsoTimes.yearMonth(m, 0, m.length));
    }

    @Provide
    Arbitrary<String> timeTexts() {
        Arbitrary<Character> c = Arbitraries.of('0', '1', '2', '3', '5', '9', '-', 'T', ':', 'x', ' ', '\u00E9');
        Arbitrary<String> free = c.list().ofMinSize(5).ofMaxSize(20).map(l -> {
            StringBuilder s = new StringBuilder();
            l.forEach(s::append);
            return s.toString();
        });
        Arbitrary<String> shaped = Arbitraries.integers().between(0, 9999).flatMap(y -> Arbitraries.integers()
                .between(0, 13).flatMap(mo -> Arbitraries.integers().between(0, 32).flatMap(d -> Arbitraries
                        .integers().between(0, 61).map(x -> String.format("%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d,
                                x % 25, x, (x * 7) % 61)))));
        Arbitrary<String> months = Arbitraries.integers().between(0, 9999).flatMap(y -> Arbitraries.integers()
                .between(0, 13).map(mo -> String.format("%04d-%02d", y, mo)));
        return Arbitraries.oneOf(free, shaped, months);
    }

    @Property(tries = 600)
    void datesFromBytesAgreeWithIsoTimesFromCharacters(@ForAll("timeTexts") String s) {
        byte[] b = ("\"" + s + "\"").getBytes(StandardCharsets.UTF_8);
        char[] c = ("\"" + s + "\"").toCharArray();
        assertEquals(outcome(() -> IsoTimes.dateTime(c, 1, s.length())),
                outcome(() -> IsoTimes.dateTime(b, 1, b.length - 2)), s);
        assertEquals(outcome(() -> IsoTimes.yearMonth(c, 1, s.length())),
                outcome(() -> IsoTimes.yearMonth(b, 1, b.length - 2)), s);
    }

    private static Object outcome(java.util.function.Supplier<Object> f) {
        try {
            return String.valueOf(f.get());
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void theLastTimeAndMonthPartsAreRead() {
        byte[] b = "2025-07-14T08:30:59".getBytes(StandardCharsets.US_ASCII);
        assertEquals(LocalDateTime.of(2025, 7, 14, 8, 30, 59), IsoTimes.dateTime(b, 0, b.length));
        byte[] m = "2025-07".getBytes(StandardCharsets.US_ASCII);
        assertEquals(YearMonth.of(2025, 7), IsoTimes.yearMonth(m, 0, m.length));
    }
}
