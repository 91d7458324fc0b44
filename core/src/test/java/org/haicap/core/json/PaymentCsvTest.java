package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentSubject;
import org.junit.jupiter.api.Test;

class PaymentCsvTest {
    private static final String HEADER = String.join(",", PaymentCsv.COLUMNS) + "\n";
    private static final String PARTY = "TT-1,PARTY_FEE,DV-7,2025-07,ORG-1,,,30000,CASH,SUCCEEDED,2025-07-05T09:00:00,\n";
    private static final String DOSSIER = "TT-2,PROCEDURE_FEE,,,,HS-250701-0001,,50000,BANK_TRANSFER,PENDING,"
            + "2025-07-05T09:00:00,FT123\n";

    @Test
    void theKindDecidesTheSubjectColumnsAndOthersMustBeEmpty() throws IOException {
        List<Payment> rows = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ReadSummary s = CsvReader.withHeader().read(new ByteArrayInputStream((HEADER + PARTY + DOSSIER
                        + DOSSIER.replace(",,,,HS", ",DV-9,,,HS")
                        + PARTY.replace("30000", "30.000")
                        + DOSSIER.replace("HS-250701-0001", "HS/1")
                        + DOSSIER.replace("FT123", "")).getBytes(StandardCharsets.UTF_8)),
                "p.csv", PaymentCsv.mapper(), RowHandler.of((p, at) -> rows.add(p), problems::add));
        assertEquals(6, s.read());
        assertEquals(2, s.accepted());
        assertEquals(4, s.refused(Reason.INVALID_VALUE));
        assertEquals(new PaymentSubject.PartyFee("DV-7", java.time.YearMonth.of(2025, 7), "ORG-1"),
                rows.get(0).subject());
        assertEquals(List.of(Optional.of("memberId"), Optional.of("amount"), Optional.of("dossier"), Optional.empty()),
                problems.stream().map(p -> p.location().path()).toList());
    }
}
