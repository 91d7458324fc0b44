package org.haicap.core.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.CsvRow;
import org.haicap.core.io.CsvRowMapper;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.money.Vnd;
import org.haicap.core.ids.DossierCode;

/**
 * The CSV form of payments (khoản thanh toán dạng CSV), for spreadsheet exports. Columns, in this
 * order: {@code id, kind, memberId, month, organisationId, dossier, description, amount, channel,
 * status, at, reference}. The subject is spread over the columns of its variant, which the
 * {@code kind} decides: {@code PARTY_FEE} fills {@code memberId}, {@code month} ({@code 2025-07})
 * and {@code organisationId}; {@code PROCEDURE_FEE} and {@code CHARGE} fill {@code dossier};
 * {@code OTHER} fills {@code description}. A filled cell of another variant's column refuses the
 * row ({@code INVALID_VALUE}): it would otherwise be dropped. {@code amount} is whole đồng without
 * separators; {@code reference} may be empty.
 *
 * <p>This class is immutable and thread-safe: it only has static methods.
 */
public final class PaymentCsv {
    /** The columns, in the order written. */
    public static final List<String> COLUMNS = List.of("id", "kind", "memberId", "month", "organisationId", "dossier",
            "description", "amount", "channel", "status", "at", "reference");

    private static final List<String> SUBJECT_COLUMNS = List.of("memberId", "month", "organisationId", "dossier",
            "description");

    private PaymentCsv() {
    }

    /**
     * The mapper for {@link CsvReader#read(Path, CsvRowMapper, RowHandler)}.
     *
     * @return the mapper
     */
    public static CsvRowMapper<Payment> mapper() {
        return PaymentCsv::map;
    }

    /**
     * Reads a CSV file of payments (comma-separated, with a header), gzip-compressed or not.
     *
     * @param file the file
     * @param handler receives each payment or problem, in order
     * @return the counts
     * @throws IOException if the file cannot be read
     */
    public static ReadSummary read(Path file, RowHandler<? super Payment> handler) throws IOException {
        return CsvReader.withHeader().read(file, mapper(), handler);
    }

    /**
     * Starts writing payments as CSV; the header is written at once.
     *
     * @param out the output; closed when the writer is closed
     * @return the writer
     * @throws IOException if writing fails
     */
    public static CsvRecordWriter<Payment> writer(OutputStream out) throws IOException {
        return new CsvRecordWriter<>(out, COLUMNS, PaymentCsv::cells);
    }

    /**
     * The cells of one payment, in the order of {@link #COLUMNS}.
     *
     * @param p the payment
     * @return the cells
     */
    public static String[] cells(Payment p) {
        String member = "";
        String month = "";
        String organisation = "";
        String dossier = "";
        String description = "";
        PaymentSubject s = p.subject();
        if (s instanceof PaymentSubject.PartyFee f) {
            member = f.memberId();
            month = f.month().toString();
            organisation = f.organisationId();
        } else if (s instanceof PaymentSubject.DossierFee d) {
            dossier = d.dossier().value();
        } else if (s instanceof PaymentSubject.Other o) {
            description = o.description();
        }
        return new String[] {p.id(), p.kind().name(), member, month, organisation, dossier, description,
            Long.toString(p.amount().amount()), p.channel().name(), p.status().name(), CsvCells.dateTime(p.at()),
            p.reference().orElse("")};
    }

    private static Payment map(CsvRow row) {
        PaymentKind kind = row.require("kind", CsvCells.enumValue(PaymentKind.class));
        List<String> own = switch (kind) {
            case PARTY_FEE -> List.of("memberId", "month", "organisationId");
            case PROCEDURE_FEE, CHARGE -> List.of("dossier");
            case OTHER -> List.of("description");
        };
        for (String column : SUBJECT_COLUMNS) {
            if (!own.contains(column) && row.get(column).filter(v -> !v.isEmpty()).isPresent()) {
                throw row.refuse(column, ReadProblem.Reason.INVALID_VALUE,
                        "cột \"" + column + "\" không dùng cho loại " + kind + " và phải để trống",
                        "column \"" + column + "\" is not used by kind " + kind + " and must be empty",
                        row.get(column).orElse(""));
            }
        }
        PaymentSubject subject = switch (kind) {
            case PARTY_FEE -> new PaymentSubject.PartyFee(row.require("memberId"), row.require("month", YearMonth::parse),
                    row.require("organisationId"));
            case PROCEDURE_FEE, CHARGE -> new PaymentSubject.DossierFee(row.require("dossier", DossierCode::new));
            case OTHER -> new PaymentSubject.Other(row.require("description"));
        };
        return new Payment(row.require("id"), kind, subject, row.require("amount", t -> Vnd.of(CsvCells.dong(t))),
                row.require("channel", CsvCells.enumValue(PaymentChannel.class)),
                row.require("status", CsvCells.enumValue(PaymentStatus.class)),
                row.require("at", IsoTimes::parseDateTime), row.optional("reference", t -> t));
    }
}
