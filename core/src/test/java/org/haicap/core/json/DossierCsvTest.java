package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierConsistency;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class DossierCsvTest {
    /** The header of files written before {@code revisedDue} existed: they read unchanged. */
    private static final String HEADER = String.join(",", DossierCsv.COLUMNS.subList(0, 11)) + "\n";
    private static final String GOOD = "HS-250701-0001,1.001234,00004,IN_PERSON,2025-07-01T08:00:00,,,ACCEPTED,true,,\n";

    record Outcome(List<Dossier> rows, List<ReadProblem> problems, ReadSummary summary) {
    }

    static Outcome read(String csv) throws IOException {
        List<Dossier> rows = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ReadSummary s = CsvReader.withHeader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "d.csv", DossierCsv.mapper(), RowHandler.of((d, at) -> rows.add(d), problems::add));
        assertEquals(s.read(), s.accepted() + s.refused());
        assertEquals(problems.size(), s.refused());
        return new Outcome(rows, problems, s);
    }

    @Test
    void aHistoryWithNotesSurvivesTheCell() throws IOException {
        LocalDateTime t = LocalDateTime.of(2025, 7, 1, 8, 0);
        Dossier d = Dossier.receive(DossierCode.parse("HS-250701-0002"), ProcedureCode.of("1.001234"),
                UnitCode.of("00004"), Channel.IN_PERSON, t)
                .transition(DossierStatus.PROCESSING, t.plusHours(1), "chuyển; 100% \"xong\" %3B !")
                .transition(DossierStatus.PROCESSED, t.plusHours(2));
        String cell = DossierCsv.history(d.history());
        assertEquals("ACCEPTED>PROCESSING@2025-07-01T09:00:00!chuyển%3B 100%25 \"xong\" %253B !;"
                + "PROCESSING>PROCESSED@2025-07-01T10:00:00", cell);
        assertEquals(d.history(), DossierCsv.parseHistory(cell));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRecordWriter<Dossier> w = DossierCsv.writer(out)) {
            w.write(d);
        }
        assertEquals(List.of(d), read(out.toString(StandardCharsets.UTF_8)).rows());
    }

    @Test
    void aRowWithABadDossierCodeIsRefusedAtThatCellAndTheOthersAreRead() throws IOException {
        Outcome o = read(HEADER + GOOD + "HS 0002,1.001234,00004,IN_PERSON,2025-07-01T08:00:00,,,ACCEPTED,true,,\n"
                + GOOD.replace("0001", "0003"));
        assertEquals(2, o.rows().size());
        assertEquals(3, o.summary().read());
        ReadProblem p = o.problems().get(0);
        assertEquals(Reason.INVALID_VALUE, p.reason());
        assertEquals(3, p.location().line());
        assertEquals(1, p.location().column());
        assertEquals(Optional.of("code"), p.location().path());
    }

    @Test
    void eachKindOfBadCellNamesItsColumn() throws IOException {
        Outcome o = read(HEADER
                + GOOD.replace("1.001234", "1001234")
                + GOOD.replace("IN_PERSON", "in_person")
                + GOOD.replace("2025-07-01T08:00:00", "01/07/2025")
                + GOOD.replace("true", "yes")
                + GOOD.replace(",,,ACCEPTED", ",,,PROCESSED")
                + GOOD.replace("ACCEPTED,true,", "PROCESSING,true,ACCEPTED-PROCESSING")
                + GOOD.replace("00004,", ","));
        // a full in-person history that starts at PROCESSED is a row; the status-history rule judges it
        assertEquals(1, o.rows().size());
        assertEquals(List.of(DossierConsistency.Kind.START),
                DossierConsistency.check(o.rows().get(0)).stream().map(DossierConsistency.Violation::kind).toList());
        assertEquals(List.of("procedure", "channel", "receivedAt", "fullHistory"),
                o.problems().subList(0, 4).stream().map(p -> p.location().path().orElse("")).toList());
        assertEquals(Optional.of("history"), o.problems().get(4).location().path());
        assertEquals(Reason.MISSING_FIELD, o.problems().get(5).reason());
        assertEquals(6, o.summary().refused());
    }

    @Test
    void aRevisedDueDateIsTheLastColumnAndSurvivesTheRoundTrip() throws IOException {
        LocalDateTime t = LocalDateTime.of(2025, 7, 1, 8, 0);
        Dossier d = Dossier.receive(DossierCode.parse("HS-250701-0004"), ProcedureCode.of("1.001234"),
                UnitCode.of("00004"), Channel.IN_PERSON, t).withDue(t.plusDays(3)).withRevisedDue(t.plusDays(8));
        assertEquals("revisedDue", DossierCsv.COLUMNS.get(DossierCsv.COLUMNS.size() - 1));
        assertEquals("2025-07-09T08:00:00", DossierCsv.cells(d)[DossierCsv.COLUMNS.size() - 1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRecordWriter<Dossier> w = DossierCsv.writer(out)) {
            w.write(d);
        }
        List<Dossier> back = read(out.toString(StandardCharsets.UTF_8)).rows();
        assertEquals(List.of(d), back);
        assertEquals(Optional.of(t.plusDays(8)), back.get(0).revisedDue());
        assertEquals(Optional.of(t.plusDays(3)), back.get(0).due());
    }
}
