package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.testing.PaymentArbitraries;
import org.haicap.core.testing.ProcedureArbitraries;

/** Dossiers and payments survive JSON Lines and CSV, in order, with counts that reconcile. */
class StreamProperties {

    static <T> List<T> readAll(ReaderCall<T> call) throws IOException {
        List<T> rows = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ReadSummary s = call.read(RowHandler.of((row, at) -> rows.add(row), problems::add));
        assertEquals(List.of(), problems);
        assertEquals(rows.size(), s.accepted());
        assertEquals(s.read(), s.accepted() + s.refused());
        return rows;
    }

    interface ReaderCall<T> {
        ReadSummary read(RowHandler<T> handler) throws IOException;
    }

    @Property(tries = 50)
    void dossiersSurviveJsonLines(@ForAll("dossiers") List<Dossier> dossiers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Dossier> w = JsonLinesWriter.open(out)) {
            for (Dossier d : dossiers) {
                w.write(d);
            }
        }
        assertEquals(dossiers, readAll(h -> JsonLinesReader.of(Dossier.class).withRecordIdField("code")
                .read(new ByteArrayInputStream(out.toByteArray()), "d.jsonl", h)));
    }

    @Property(tries = 50)
    void dossiersSurviveCsv(@ForAll("dossiers") List<Dossier> dossiers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRecordWriter<Dossier> w = DossierCsv.writer(out)) {
            for (Dossier d : dossiers) {
                w.write(d);
            }
            assertEquals(dossiers.size(), w.rowsWritten());
        }
        assertEquals(dossiers, readAll(h -> CsvReader.withHeader()
                .read(new ByteArrayInputStream(out.toByteArray()), "d.csv", DossierCsv.mapper(), h)));
    }

    @Property(tries = 50)
    void paymentsSurviveJsonLines(@ForAll("payments") List<Payment> payments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Payment> w = JsonLinesWriter.open(out)) {
            for (Payment p : payments) {
                w.write(p);
            }
        }
        assertEquals(payments, readAll(h -> JsonLinesReader.of(Payment.class).withRecordIdField("id")
                .read(new ByteArrayInputStream(out.toByteArray()), "p.jsonl", h)));
    }

    @Property(tries = 50)
    void paymentsSurviveCsv(@ForAll("payments") List<Payment> payments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRecordWriter<Payment> w = PaymentCsv.writer(out)) {
            for (Payment p : payments) {
                w.write(p);
            }
        }
        assertEquals(payments, readAll(h -> CsvReader.withHeader()
                .read(new ByteArrayInputStream(out.toByteArray()), "p.csv", PaymentCsv.mapper(), h)));
    }

    @Provide
    Arbitrary<List<Dossier>> dossiers() {
        return ProcedureArbitraries.dossiers().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        return PaymentArbitraries.payments().list().ofMaxSize(8);
    }
}
