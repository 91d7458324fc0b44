package org.haicap.examples.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.json.DatasetWriter;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.OnlineLevel;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.rules.RuleParameters;

/**
 * Deterministic demonstration files for the report jobs (dữ liệu mẫu): a Hà Nội reference
 * dataset ({@code dataset.json}: the 126 units, 40 people, a commune party committee,
 * a commune-level procedure) and {@code n} dossiers and {@code n/2} payments as JSON
 * Lines, with defects at fixed strides so every stream rule has findings: repeated dossier codes
 * both near (500 rows back) and far (half the file back, so in another partition), due dates a day
 * off, an unknown procedure, a channel the procedure does not accept, unreadable lines (not JSON; not UTF-8), blank
 * CRLF lines; repeated payment references near and far, unknown members, a non-positive
 * amount line.
 *
 * <p>Usage: {@code java -cp … org.haicap.examples.spark.DemoData DIR [dossiers, default 100000]}.
 * Stateless.
 */
public final class DemoData {
    private static final LocalDateTime START = LocalDateTime.of(2025, 7, 1, 8, 0);

    private DemoData() {
    }

    /**
     * Writes the three files into a directory.
     *
     * @param args the directory and, optionally, the number of dossiers
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: DemoData DIR [dossiers]");
            System.exit(2);
        }
        long n = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        long t0 = System.nanoTime();
        write(Path.of(args[0]), n);
        System.out.printf(Locale.ROOT, "wrote %,d dossiers and %,d payments in %.1f s%n", n, n / 2,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Writes {@code dataset.json}, {@code dossiers.jsonl} ({@code n} rows) and
     * {@code payments.jsonl} ({@code n/2} rows) into {@code dir}, creating it if needed.
     *
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static void write(Path dir, long n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("Số hồ sơ âm / Negative number of dossiers: " + n);
        }
        Files.createDirectories(dir);
        List<UnitCode> units = UnitCatalog.official().units(ProvinceCode.of("01")).stream().map(AdminUnit::code).toList();
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            people.add(Person.of(PersonId.of(String.format(Locale.ROOT, "P%03d", i)), "Nguyễn Văn An"));
        }
        PartyOrganisation committee = PartyOrganisation.of(PartyOrganisationId.of(units.get(0).value() + "-DB"),
                PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE, "Đảng bộ", units.get(0), 500, 10);
        Procedure procedure = Procedure.builder(ProcedureCode.of("1.001193"), "Đăng ký khai sinh", "Hộ tịch",
                        TimeLimit.workingDays(5)).levels(AdministrativeLevel.COMMUNE)
                .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON).illustrative(true).build();
        Dataset dataset = Dataset.builder(DatasetInfo.of("ha-noi-demo", LocalDate.of(2025, 12, 1))
                        .withProvince(ProvinceCode.of("01")))
                .units(units).people(people).organisations(List.of(committee)).procedures(List.of(procedure)).build();
        DatasetWriter.write(dataset, dir.resolve("dataset.json"));
        dossiers(dir.resolve("dossiers.jsonl"), n, procedure, units);
        payments(dir.resolve("payments.jsonl"), n / 2, people, committee.id().value());
    }

    private static void dossiers(Path file, long n, Procedure procedure, List<UnitCode> units) throws IOException {
        RuleParameters params = RuleParameters.defaults();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonLinesWriter<Dossier> w = JsonLinesWriter.open(raw)) {
            for (long i = 1; i <= n; i++) {
                long seq = i % 1000 == 0 ? i - 500 : i % 1777 == 0 && i > n / 2 ? i - n / 2 : i;
                LocalDateTime at = START.plusMinutes(seq * 7 % (200L * 24 * 60));
                Channel channel = i % 7 == 0 ? Channel.ONLINE : i % 101 == 0 ? Channel.POST : Channel.IN_PERSON;
                ProcedureCode code = i % 2003 == 0 ? ProcedureCode.of("9.999999") : procedure.code();
                DossierCode dossierCode = DossierCode.of("H01.25", at.toLocalDate(), seq % 10_000_000, 7);
                UnitCode unit = units.get((int) (seq % units.size()));
                LocalDateTime due = Dossier.receive(dossierCode, procedure.code(), unit, Channel.IN_PERSON, at)
                        .withComputedDue(procedure, params.calendar()::dueDate).due().orElseThrow();
                Dossier d = Dossier.receive(dossierCode, code, unit, channel, at).withDue(due);
                if (i % 997 == 0) {
                    d = d.withDue(d.due().orElseThrow().plusDays(1));
                }
                if (channel == Channel.ONLINE && i % 2 == 0) {
                    d = d.transition(DossierStatus.ACCEPTED, at.plusMinutes(30));
                }
                if (d.status() == DossierStatus.ACCEPTED && i % 3 != 0) {
                    d = d.transition(DossierStatus.PROCESSING, at.plusHours(1));
                    if (i % 5 != 0) {
                        d = d.transition(DossierStatus.PROCESSED, at.plusDays(i % 9));
                        d = d.transition(DossierStatus.RESULT_RETURNED, at.plusDays(i % 9).plusHours(2));
                    }
                }
                w.write(d);
                if (i % 5003 == 0 || i % 20011 == 0) {
                    w.flush();
                    raw.write((i % 5003 == 0 ? "{not json\n" : "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                if (i % 7919 == 0) {
                    w.flush();
                    raw.write(new byte[] {'{', '"', 'c', 'o', 'd', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'});
                }
            }
        }
    }

    private static void payments(Path file, long n, List<Person> people, String organisation) throws IOException {
        YearMonth month = YearMonth.of(2025, 9);
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonLinesWriter<Payment> w = JsonLinesWriter.open(raw)) {
            for (long i = 1; i <= n; i++) {
                long ref = i % 800 == 0 && i > n / 2 ? i - n / 2 : i % 450 == 0 ? i - 7 : i;
                String member = i % 999 == 0 ? "X999" : people.get((int) (i % people.size())).id().value();
                PaymentChannel channel = i % 4 == 0 ? PaymentChannel.BANK_TRANSFER : PaymentChannel.ONLINE_PORTAL;
                PaymentStatus status = i % 10 == 0 ? PaymentStatus.FAILED : PaymentStatus.SUCCEEDED;
                w.write(Payment.partyFee("PAY-" + i, member, month, organisation, Vnd.of(50_000 + i % 7 * 1_000),
                        channel, status, START.plusMinutes(i * 3 % (90L * 24 * 60)), Optional.of("TX-" + ref)));
                if (i % 4001 == 0) {
                    w.flush();
                    raw.write("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }
}
