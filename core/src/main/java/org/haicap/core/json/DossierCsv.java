package org.haicap.core.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.CsvRow;
import org.haicap.core.io.CsvRowMapper;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.procedures.StatusChange;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.UnitCode;

/**
 * The CSV form of dossiers (hồ sơ dạng CSV), for spreadsheet exports. Columns, in this order:
 * {@code code, procedure, unit, channel, receivedAt, due, completedAt, status, fullHistory,
 * history, applicant, revisedDue}. Values have their JSON forms (dates-times
 * {@code 2025-07-01T08:00:00}, enum names, {@code true}/{@code false}); an empty cell of an
 * optional column ({@code due}, {@code completedAt}, {@code history}, {@code applicant},
 * {@code revisedDue}) means none, and those columns may be left out of the header.
 * {@code revisedDue} (the new due moment of a Form 04 letter) is last, so files written before it
 * existed read unchanged.
 *
 * <p>{@code history} holds every status change in one cell, separated by {@code ;}, each as
 * {@code FROM>TO@yyyy-MM-ddTHH:mm:ss}, optionally followed by {@code !note}, where the note has
 * {@code %} written {@code %25} and {@code ;} written {@code %3B}:
 * {@code ACCEPTED>PROCESSING@2025-07-01T08:00:00;PROCESSING>PROCESSED@2025-07-03T10:00:00!xong}.
 * So a dossier survives CSV → object → CSV unchanged, notes included.
 *
 * <p>This class is immutable and thread-safe: it only has static methods.
 */
public final class DossierCsv {
    /** The columns, in the order written. */
    public static final List<String> COLUMNS = List.of("code", "procedure", "unit", "channel", "receivedAt", "due",
            "completedAt", "status", "fullHistory", "history", "applicant", "revisedDue");

    private DossierCsv() {
    }

    /**
     * The mapper for {@link CsvReader#read(Path, CsvRowMapper, RowHandler)}: a row becomes a
     * dossier, or a problem at the offending column.
     *
     * @return the mapper
     */
    public static CsvRowMapper<Dossier> mapper() {
        return DossierCsv::map;
    }

    /**
     * Reads a CSV file of dossiers (comma-separated, with a header), gzip-compressed or not.
     *
     * @param file the file
     * @param handler receives each dossier or problem, in order
     * @return the counts
     * @throws IOException if the file cannot be read
     */
    public static ReadSummary read(Path file, RowHandler<? super Dossier> handler) throws IOException {
        return CsvReader.withHeader().read(file, mapper(), handler);
    }

    /**
     * Starts writing dossiers as CSV; the header is written at once.
     *
     * @param out the output; closed when the writer is closed
     * @return the writer
     * @throws IOException if writing fails
     */
    public static CsvRecordWriter<Dossier> writer(OutputStream out) throws IOException {
        return new CsvRecordWriter<>(out, COLUMNS, DossierCsv::cells);
    }

    /**
     * The cells of one dossier, in the order of {@link #COLUMNS}.
     *
     * @param d the dossier
     * @return the cells
     */
    public static String[] cells(Dossier d) {
        return new String[] {d.code().value(), d.procedure().value(), d.unit().value(), d.channel().name(),
            CsvCells.dateTime(d.receivedAt()), CsvCells.dateTime(d.due()), CsvCells.dateTime(d.completedAt()),
            d.status().name(), Boolean.toString(d.fullHistory()), history(d.history()), d.applicant().orElse(""),
            CsvCells.dateTime(d.revisedDue())};
    }

    static String history(List<StatusChange> changes) {
        StringBuilder b = new StringBuilder(changes.size() * 48);
        for (StatusChange c : changes) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(c.from().name()).append('>').append(c.to().name()).append('@').append(CsvCells.dateTime(c.at()));
            c.note().ifPresent(n -> b.append('!').append(n.replace("%", "%25").replace(";", "%3B")));
        }
        return b.toString();
    }

    private static Dossier map(CsvRow row) {
        List<StatusChange> history = row.optional("history", DossierCsv::parseHistory).orElse(List.of());
        return new Dossier(
                row.require("code", DossierCode::new),
                row.require("procedure", ProcedureCode::of),
                row.require("unit", UnitCode::of),
                row.require("channel", CsvCells.enumValue(Channel.class)),
                row.require("receivedAt", IsoTimes::parseDateTime),
                row.optional("due", IsoTimes::parseDateTime),
                row.optional("revisedDue", IsoTimes::parseDateTime),
                row.optional("completedAt", IsoTimes::parseDateTime),
                row.require("status", CsvCells.enumValue(DossierStatus.class)),
                history,
                row.require("fullHistory", CsvCells::bool),
                row.optional("applicant", s -> s));
    }

    /** Undoes {@code %25} and {@code %3B} in one pass; any other {@code %} stays as it is. */
    private static String unescape(String note) {
        StringBuilder b = new StringBuilder(note.length());
        for (int i = 0; i < note.length(); i++) {
            if (note.startsWith("%25", i)) {
                b.append('%');
                i += 2;
            } else if (note.startsWith("%3B", i)) {
                b.append(';');
                i += 2;
            } else {
                b.append(note.charAt(i));
            }
        }
        return b.toString();
    }

    static List<StatusChange> parseHistory(String cell) {
        List<StatusChange> out = new ArrayList<>();
        int n = 0;
        for (String entry : cell.split(";", -1)) {
            n++;
            int gt = entry.indexOf('>');
            int at = entry.indexOf('@');
            if (gt < 1 || at < gt + 2) {
                throw new IllegalArgumentException("lịch sử, bước " + n + ": cần FROM>TO@thời điểm / history, change "
                        + n + ": expected FROM>TO@date-time, got \"" + VietnameseText.excerpt(entry, 40) + "\"");
            }
            int bang = entry.indexOf('!', at);
            String time = bang < 0 ? entry.substring(at + 1) : entry.substring(at + 1, bang);
            Optional<String> note = bang < 0 ? Optional.empty()
                    : Optional.of(unescape(entry.substring(bang + 1)));
            out.add(new StatusChange(LocalDateTime.parse(time),
                    CsvCells.enumValue(DossierStatus.class).apply(entry.substring(0, gt)),
                    CsvCells.enumValue(DossierStatus.class).apply(entry.substring(gt + 1, at)), note));
        }
        return out;
    }
}
