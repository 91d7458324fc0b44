package org.haicap.examples.programs;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Finding;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DatasetValidator;
import org.haicap.validation.rules.RuleParameters;

/**
 * Example for a ward-software vendor (ví dụ phần mềm của phường): the ward keeps its leadership
 * roster (danh sách lãnh đạo) and checks every change against the commune-level norms before
 * saving it — appoint, dismiss, and a second Bí thư by mistake. The roster is Phường Hoàn Kiếm
 * (00070) with fictional people. Run:
 * {@code java -cp haicap.jar org.haicap.examples.programs.WardRosterExample}. Not thread-safe: one
 * roster per ward, changed by one user at a time.
 */
public final class WardRosterExample {

    static final UnitCode WARD = UnitCode.of("00070");
    static final LocalDate START = LocalDate.of(2025, 7, 1);
    private static final Decision DECISION = Decision.of("12-QĐ/ĐU", LocalDate.of(2025, 6, 30));

    private final List<Person> people = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Appointment> appointments = new ArrayList<>();
    private final DatasetValidator validator = DatasetValidator.of(RuleParameters.defaults());
    private int next = 1;

    /** The roster as the ward took it over on 1/7/2025: everyone but the Bí thư. */
    WardRosterExample() {
        for (int i = 1; i <= 12; i++) {
            people.add(Person.of(person(i), "Người Mẫu " + String.format("%02d", i)));
        }
        post("BCH", PostRole.EXECUTIVE_COMMITTEE_MEMBER, 27);
        post("BTV", PostRole.STANDING_COMMITTEE_MEMBER, 11);
        for (String[] p : new String[][] {{"BT", "SECRETARY"}, {"PBT-TT", "STANDING_DEPUTY_SECRETARY"},
            {"PBT-CT", "DEPUTY_SECRETARY_COMMITTEE_CHAIR"}, {"CT-HDND", "COUNCIL_CHAIR"}, {"CT-UBND", "COMMITTEE_CHAIR"},
            {"PCT-HDND", "COUNCIL_VICE_CHAIR"}}) {
            post(p[0], PostRole.valueOf(p[1]), 1);
        }
        post("PCT-UBND", PostRole.COMMITTEE_VICE_CHAIR, 2);
        for (int i = 1; i <= 12; i++) {
            add(Appointment.of(nextId(), person(i), postId("BCH"), START, DECISION));
        }
        for (int i = 1; i <= 9; i++) {
            add(Appointment.of(nextId(), person(i), postId("BTV"), START, DECISION));
        }
        add(Appointment.of(nextId(), person(2), postId("PBT-TT"), START, DECISION));
        add(Appointment.of(nextId(), person(2), postId("CT-HDND"), START, DECISION).asConcurrent());
        add(Appointment.of(nextId(), person(3), postId("PBT-CT"), START, DECISION));
        add(Appointment.of(nextId(), person(3), postId("CT-UBND"), START, DECISION).asConcurrent());
        add(Appointment.of(nextId(), person(4), postId("PCT-HDND"), START, DECISION));
        add(Appointment.of(nextId(), person(5), postId("PCT-UBND"), START, DECISION));
        add(Appointment.of(nextId(), person(6), postId("PCT-UBND"), START, DECISION));
    }

    private static PersonId person(int i) {
        return PersonId.of("NM" + String.format("%02d", i));
    }

    private static PostId postId(String suffix) {
        return PostId.of(WARD.value() + "-" + suffix);
    }

    private void post(String suffix, PostRole role, int seats) {
        posts.add(seats == 1 ? Post.of(postId(suffix), WARD, role) : Post.of(postId(suffix), WARD, role, seats));
    }

    private AppointmentId nextId() {
        return AppointmentId.of("QD-" + (next++));
    }

    private void add(Appointment a) {
        appointments.add(a);
    }

    /** The roster as a dataset. */
    Dataset dataset() {
        return Dataset.builder(DatasetInfo.of("phuong-hoan-kiem", START)).units(List.of(WARD)).people(people).posts(posts)
                .appointments(appointments).build();
    }

    /** The error-level findings of the roster as of a date. */
    List<Finding> errors(LocalDate asOf) {
        ValidationResult r = validator.validate(dataset(), asOf);
        return r.sampledFindings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** Appoints a person to a post from a date. */
    void appoint(int who, String post, LocalDate from) {
        add(Appointment.of(nextId(), person(who), postId(post), from, Decision.of((next + 20) + "-QĐ/ĐU", from)));
    }

    /** Ends the appointment of a person to a post on a date (miễn nhiệm). */
    void dismiss(int who, String post, LocalDate on) {
        for (int i = 0; i < appointments.size(); i++) {
            Appointment a = appointments.get(i);
            if (a.person().equals(person(who)) && a.post().equals(postId(post)) && a.end().isEmpty()) {
                appointments.set(i, a.endingOn(on));
                return;
            }
        }
        throw new IllegalArgumentException("không có bổ nhiệm / no appointment of " + person(who) + " to " + post);
    }

    private static void report(PrintStream out, String change, List<Finding> errors) {
        out.println(change + ": " + (errors.isEmpty() ? "hợp lệ / valid" : errors.size() + " lỗi / error(s)"));
        for (Finding f : errors) {
            out.println("    " + f.ruleId() + ": " + f.messageVi());
        }
    }

    /**
     * Runs the changes and prints what the rules say after each.
     *
     * @param out where to print
     */
    static void run(PrintStream out) {
        WardRosterExample roster = new WardRosterExample();
        report(out, "0. Nhận bàn giao 1/7/2025, chưa có Bí thư", roster.errors(LocalDate.of(2025, 7, 2)));
        roster.appoint(1, "BT", LocalDate.of(2025, 7, 3));
        report(out, "1. Chỉ định Bí thư NM01 từ 3/7/2025", roster.errors(LocalDate.of(2025, 7, 3)));
        roster.dismiss(6, "PCT-UBND", LocalDate.of(2025, 8, 15));
        report(out, "2. Miễn nhiệm Phó Chủ tịch UBND NM06 từ 15/8/2025", roster.errors(LocalDate.of(2025, 8, 16)));
        roster.appoint(7, "PCT-UBND", LocalDate.of(2025, 8, 20));
        report(out, "3. Bầu Phó Chủ tịch UBND NM07 từ 20/8/2025", roster.errors(LocalDate.of(2025, 8, 20)));
        roster.appoint(10, "BT", LocalDate.of(2025, 9, 1));
        report(out, "4. Nhập nhầm Bí thư thứ hai NM10 từ 1/9/2025", roster.errors(LocalDate.of(2025, 9, 1)));
    }

    /**
     * Prints the check after each change.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static Set<String> ruleIds(List<Finding> findings) {
        Set<String> out = new java.util.TreeSet<>();
        findings.forEach(f -> out.add(f.ruleId()));
        return out;
    }
}
