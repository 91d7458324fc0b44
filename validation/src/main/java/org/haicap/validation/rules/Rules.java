package org.haicap.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.haicap.core.io.ReadProblem;
import org.haicap.validation.Severity;
import org.haicap.validation.rules.RuleInfo.Confidence;

/**
 * Every built-in rule (quy tắc có sẵn), with its stable id, default severity and regulation.
 * {@link #standard()} lists them all, in a fixed order; the constants name them for code that
 * asks a {@code ValidationResult} about one rule ({@code result.count(Rules.COMMUNE_SECRETARY.id())}).
 *
 * <p>Unreadable rows become findings of the rules {@code vn.read.<reason>}
 * ({@link #read(ReadProblem.Reason)}), one per {@link ReadProblem.Reason}.
 *
 * <p>Thread-safe: only constants and static methods.
 */
public final class Rules {

    private static final String CT45 = "Chỉ thị 45-CT/TW";
    private static final String CHARTER = "Điều lệ Đảng, Điều 21";
    private static final String PROCEDURES = "NĐ 63/2010/NĐ-CP, Điều 8; NĐ 42/2022/NĐ-CP";

    /** Exactly one Bí thư per commune-level unit; a vacancy is an error (after the grace period). */
    public static final RuleInfo COMMUNE_SECRETARY = rule("vn.commune.secretary", Severity.ERROR, CT45, Confidence.CONFIRMED);
    /** Two Phó Bí thư: one Thường trực, one also Chủ tịch UBND. */
    public static final RuleInfo COMMUNE_DEPUTY_SECRETARIES = rule("vn.commune.deputy-secretaries", Severity.ERROR, CT45,
            Confidence.CONFIRMED);
    /** The HĐND chair is held as configured (Bí thư or Phó Bí thư Thường trực). */
    public static final RuleInfo COMMUNE_COUNCIL_CHAIR = rule("vn.commune.council-chair", Severity.WARNING, CT45,
            Confidence.PROBABLE);
    /** The Chủ tịch UBND is the Phó Bí thư who holds it concurrently. */
    public static final RuleInfo COMMUNE_COMMITTEE_CHAIR = rule("vn.commune.committee-chair", Severity.WARNING, CT45,
            Confidence.CONFIRMED);
    /** One Phó Chủ tịch HĐND. */
    public static final RuleInfo COMMUNE_COUNCIL_VICE_CHAIR = rule("vn.commune.council-vice-chair", Severity.ERROR,
            "NQ 106/2025/UBTVQH15", Confidence.CONFIRMED);
    /** Phó Chủ tịch UBND as the locality sets (Hà Nội: 2). */
    public static final RuleInfo COMMUNE_COMMITTEE_VICE_CHAIRS = rule("vn.commune.committee-vice-chairs", Severity.ERROR,
            "Hướng dẫn 09-HD/TU (Hà Nội)", Confidence.PROBABLE);
    /** A province-wide average of at most 2.5 Phó Chủ tịch UBND per commune, from 17/11/2025. */
    public static final RuleInfo PROVINCE_VICE_CHAIR_AVERAGE = rule("vn.province.committee-vice-chair-average",
            Severity.ERROR, "NĐ 300/2025/NĐ-CP", Confidence.CONFIRMED);
    /** Ban Chấp hành at most 27 or 33 members, by the number of merged communes. */
    public static final RuleInfo COMMUNE_EXECUTIVE_COMMITTEE = rule("vn.commune.executive-committee-size",
            Severity.WARNING, CT45 + "; Kết luận 150-KL/TW", Confidence.CONFIRMED);
    /** Ban Thường vụ 9 to 11 members. */
    public static final RuleInfo COMMUNE_STANDING_COMMITTEE = rule("vn.commune.standing-committee-size",
            Severity.WARNING, CT45 + "; Kết luận 150-KL/TW", Confidence.CONFIRMED);
    /** Ban Thường vụ members sit on the Ban Chấp hành. */
    public static final RuleInfo COMMUNE_STANDING_IN_EXECUTIVE = rule("vn.commune.standing-in-executive",
            Severity.WARNING, CT45, Confidence.PROBABLE);
    /** The person of an appointment exists. */
    public static final RuleInfo APPOINTMENT_PERSON = rule("vn.appointment.person", Severity.ERROR, "", Confidence.CONFIRMED);
    /** The post of an appointment exists and its unit exists on the appointment's date. */
    public static final RuleInfo APPOINTMENT_UNIT = rule("vn.appointment.unit", Severity.ERROR,
            "Luật 72/2025/QH15", Confidence.CONFIRMED);
    /** No two people in a single-seat post at once. */
    public static final RuleInfo APPOINTMENT_SINGLE_SEAT = rule("vn.appointment.single-seat", Severity.ERROR, CT45,
            Confidence.CONFIRMED);
    /** An appointment starts no earlier than its decision and within its post's existence. */
    public static final RuleInfo APPOINTMENT_DATES = rule("vn.appointment.dates", Severity.ERROR, "", Confidence.CONFIRMED);
    /** A party organisation has at least 3 full members. */
    public static final RuleInfo PARTY_MINIMUM_MEMBERS = rule("vn.party.minimum-full-members", Severity.ERROR, CHARTER,
            Confidence.CONFIRMED);
    /** A chi bộ cơ sở has fewer than 30 members, a đảng bộ cơ sở 30 or more. */
    public static final RuleInfo PARTY_BASIC_KIND = rule("vn.party.basic-kind", Severity.WARNING, CHARTER,
            Confidence.CONFIRMED);
    /** The parent of a party organisation exists and the kinds nest. */
    public static final RuleInfo PARTY_PARENT = rule("vn.party.parent", Severity.ERROR, "Quy định 294-QĐ/TW",
            Confidence.CONFIRMED);
    /** A congress belongs to an existing organisation and its dates are inside its term. */
    public static final RuleInfo PARTY_CONGRESS_TERM = rule("vn.party.congress-term", Severity.ERROR,
            "Điều lệ Đảng, Điều 24", Confidence.PROBABLE);
    /** The procedure of a dossier exists, is carried out at commune level and accepts the channel. */
    public static final RuleInfo DOSSIER_PROCEDURE = rule("vn.dossier.procedure", Severity.ERROR, PROCEDURES,
            Confidence.CONFIRMED);
    /** The unit of a dossier exists on its receipt date. */
    public static final RuleInfo DOSSIER_UNIT = rule("vn.dossier.unit", Severity.ERROR, "Luật 72/2025/QH15",
            Confidence.CONFIRMED);
    /**
     * The due moment follows from the working-day calendar and is not before receipt; a Form 04
     * revised one is later. A mismatch in a span with a year computed by the statutory formula
     * (no announced schedule) or a pending holiday is a warning.
     */
    public static final RuleInfo DOSSIER_DUE_DATE = rule("vn.dossier.due-date", Severity.ERROR,
            PROCEDURES + "; Bộ luật Lao động 2019, Điều 112", Confidence.PROBABLE);
    /** Completion is recorded exactly when the status is terminal, at the last change, not before receipt. */
    public static final RuleInfo DOSSIER_COMPLETION = rule("vn.dossier.completion", Severity.ERROR, "",
            Confidence.CONFIRMED);
    /** The status history is legal: starts as the channel allows, linked, legal steps, in time order, ends at the status. */
    public static final RuleInfo DOSSIER_STATUS_HISTORY = rule("vn.dossier.status-history", Severity.ERROR,
            "TT 03/2025/TT-VPCP", Confidence.PROBABLE);
    /** No two dossiers share a code. */
    public static final RuleInfo DOSSIER_DUPLICATE_CODE = rule("vn.dossier.duplicate-code", Severity.ERROR,
            "TT 03/2025/TT-VPCP", Confidence.PROBABLE);
    /** A payment's amount is a positive number of đồng. */
    public static final RuleInfo PAYMENT_AMOUNT = rule("vn.payment.amount", Severity.ERROR, "", Confidence.CONFIRMED);
    /** The party fee paid equals the fee due for the member and month. */
    public static final RuleInfo PAYMENT_PARTY_FEE = rule("vn.payment.party-fee", Severity.ERROR,
            "Quy định 01-QĐ/TW; Quy định 342-QĐ/TW", Confidence.CONFIRMED);
    /** No two payments share a transaction reference. */
    public static final RuleInfo PAYMENT_DUPLICATE_REFERENCE = rule("vn.payment.duplicate-reference", Severity.ERROR,
            "", Confidence.CONFIRMED);
    /** The member and organisation a party fee names exist in the dataset. */
    public static final RuleInfo PAYMENT_REFERENCES = rule("vn.payment.references", Severity.ERROR, "",
            Confidence.CONFIRMED);

    // ---- party organisation and party-fee rules of DOMAIN.md §2 and §3 ----
    /** Only organisations entitled to a seal have one: basic organisations and above, not a chi bộ trực thuộc [P]. */
    public static final RuleInfo PARTY_SEAL_ENTITLEMENT = rule("vn.party.seal-entitlement", Severity.WARNING,
            "hỏi đáp pháp luật về con dấu của tổ chức đảng (văn bản quy định chưa tìm thấy)", Confidence.PROBABLE);
    /** A chi ủy belongs to a chi bộ of at least 9 full members and has at most 7 members. */
    public static final RuleInfo PARTY_CELL_COMMITTEE = rule("vn.party.cell-committee", Severity.ERROR,
            "Quy định 29-QĐ/TW (2016), mục 24; Quy định 294-QĐ/TW (2025)", Confidence.CONFIRMED);
    /** Three or more months of unpaid party fee in a year, for the chi bộ's review (xóa tên). */
    public static final RuleInfo PARTY_FEE_UNPAID_MONTHS = rule("vn.party-fee.unpaid-months", Severity.WARNING,
            "Điều lệ Đảng, Điều 8 (xóa tên); Quy định 01-QĐ/TW; Quy định 342-QĐ/TW", Confidence.PROBABLE);
    private static final List<RuleInfo> PARTY_AND_FEE_RULES = List.of(PARTY_SEAL_ENTITLEMENT, PARTY_CELL_COMMITTEE,
            PARTY_FEE_UNPAID_MONTHS);
    // ---- staffing gaps: the dataset's units, vacant chairs, appointed committee members ----

    /**
     * The date a dataset is judged on is within what the catalogue knows (its horizon: the last
     * resolution it includes and the date its data was checked); beyond it, an INFO naming both,
     * since the units may have changed since.
     */
    public static final RuleInfo DATASET_CATALOGUE_HORIZON = rule("vn.dataset.catalogue-horizon", Severity.INFO,
            "", Confidence.CONFIRMED);
    /** Every unit a dataset lists exists in the catalogue on the dataset's date; the other rules skip one that does not. */
    public static final RuleInfo DATASET_UNIT_EXISTS = rule("vn.dataset.unit-exists", Severity.ERROR,
            "Luật 72/2025/QH15; Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã năm 2025", Confidence.CONFIRMED);
    /** The Chủ tịch HĐND is not vacant (an INFO pointing to the party post when that post, held with it, is vacant too). */
    public static final RuleInfo COMMUNE_VACANCY_COUNCIL_CHAIR = rule("vn.commune.vacancy.council-chair", Severity.ERROR,
            CT45 + "; Luật 72/2025/QH15", Confidence.CONFIRMED);
    /** The Chủ tịch UBND is not vacant (an INFO pointing to the Phó Bí thư kiêm Chủ tịch UBND when that is vacant too). */
    public static final RuleInfo COMMUNE_VACANCY_COMMITTEE_CHAIR = rule("vn.commune.vacancy.committee-chair",
            Severity.ERROR, CT45 + "; Luật 72/2025/QH15", Confidence.CONFIRMED);
    /** Planned Ban Chấp hành seats are filled; the measure counts seats (the article's 2.552/4.076). */
    public static final RuleInfo COMMUNE_EXECUTIVE_SEATS = rule("vn.commune.executive-committee-seats", Severity.WARNING,
            CT45, Confidence.CONFIRMED);
    /** Planned Ban Thường vụ seats are filled; the measure counts seats (the article's 1.047/1.356). */
    public static final RuleInfo COMMUNE_STANDING_SEATS = rule("vn.commune.standing-committee-seats", Severity.WARNING,
            CT45, Confidence.CONFIRMED);
    /** At least 27 appointed Ban Chấp hành members ({@link StaffingParameters#executiveCommitteeMinimum()}). */
    public static final RuleInfo COMMUNE_EXECUTIVE_APPOINTED = rule("vn.commune.executive-committee-appointed",
            Severity.WARNING, CT45, Confidence.CONFIRMED);
    /** At least 9 appointed Ban Thường vụ members ({@link RuleParameters#standingCommitteeMin()}). */
    public static final RuleInfo COMMUNE_STANDING_APPOINTED = rule("vn.commune.standing-committee-appointed",
            Severity.WARNING, CT45, Confidence.CONFIRMED);
    /** The Bí thư and the Phó Bí thư sit on the Ban Thường vụ. */
    public static final RuleInfo COMMUNE_LEADERS_IN_STANDING = rule("vn.commune.leaders-in-standing", Severity.WARNING,
            CT45, Confidence.PROBABLE);
    /** Members of the Thường trực HĐND hold no UBND post ({@link StaffingParameters#councilStandingOutsideCommittee()}). */
    public static final RuleInfo COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE = rule(
            "vn.commune.council-standing-outside-committee", Severity.WARNING, "Luật 72/2025/QH15, Điều 29(2)",
            Confidence.PROBABLE);
    /**
     * A declared single-seat post of the Ban Thường vụ make-up or the UBND apparatus (Chủ nhiệm
     * Ủy ban Kiểm tra, Trưởng ban Xây dựng Đảng, Trưởng ban HĐND, Chánh Văn phòng, Giám đốc
     * TTPVHCC, Chỉ huy trưởng quân sự, Trưởng Công an, Chủ tịch MTTQ) is not vacant.
     */
    public static final RuleInfo COMMUNE_VACANCY_DECLARED_POST = rule("vn.commune.vacancy.declared-post",
            Severity.WARNING, CT45 + "; Quy định 298-QĐ/TW; NĐ 150/2025/NĐ-CP", Confidence.PROBABLE);
    /** The rules of the block above, in their order. */
    private static final List<RuleInfo> STAFFING_GAPS = List.of(DATASET_CATALOGUE_HORIZON, DATASET_UNIT_EXISTS,
            COMMUNE_VACANCY_COUNCIL_CHAIR,
            COMMUNE_VACANCY_COMMITTEE_CHAIR, COMMUNE_EXECUTIVE_SEATS, COMMUNE_STANDING_SEATS, COMMUNE_EXECUTIVE_APPOINTED,
            COMMUNE_STANDING_APPOINTED, COMMUNE_LEADERS_IN_STANDING, COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE,
            COMMUNE_VACANCY_DECLARED_POST);

    private static final List<RuleInfo> STANDARD;
    private static final Map<String, RuleInfo> BY_ID;

    static {
        List<RuleInfo> all = new ArrayList<>(List.of(COMMUNE_SECRETARY, COMMUNE_DEPUTY_SECRETARIES, COMMUNE_COUNCIL_CHAIR,
                COMMUNE_COMMITTEE_CHAIR, COMMUNE_COUNCIL_VICE_CHAIR, COMMUNE_COMMITTEE_VICE_CHAIRS,
                PROVINCE_VICE_CHAIR_AVERAGE, COMMUNE_EXECUTIVE_COMMITTEE, COMMUNE_STANDING_COMMITTEE,
                COMMUNE_STANDING_IN_EXECUTIVE, APPOINTMENT_PERSON, APPOINTMENT_UNIT, APPOINTMENT_SINGLE_SEAT,
                APPOINTMENT_DATES, PARTY_MINIMUM_MEMBERS, PARTY_BASIC_KIND, PARTY_PARENT, PARTY_CONGRESS_TERM,
                DOSSIER_PROCEDURE, DOSSIER_UNIT, DOSSIER_DUE_DATE, DOSSIER_COMPLETION, DOSSIER_STATUS_HISTORY,
                DOSSIER_DUPLICATE_CODE, PAYMENT_AMOUNT, PAYMENT_PARTY_FEE, PAYMENT_DUPLICATE_REFERENCE,
                PAYMENT_REFERENCES));
        all.addAll(PARTY_AND_FEE_RULES);
        all.addAll(STAFFING_GAPS);
        for (ReadProblem.Reason r : ReadProblem.Reason.values()) {
            all.add(read(r));
        }
        STANDARD = List.copyOf(all);
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        STANDARD.forEach(r -> m.put(r.id(), r));
        BY_ID = Collections.unmodifiableMap(m);
    }

    private Rules() {
    }

    /** Every built-in rule: dataset rules, then stream rules, then the dataset rules on staffing gaps, then the read rules. */
    public static List<RuleInfo> standard() {
        return STANDARD;
    }

    /** The built-in rule with this id. */
    public static Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The rule of unreadable rows refused for {@code reason}: {@code vn.read.<reason>}, an error. */
    public static RuleInfo read(ReadProblem.Reason reason) {
        return new RuleInfo("vn.read." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'), Severity.ERROR,
                "", Confidence.CONFIRMED, "không đọc được dòng: " + reason.vietnamese(),
                "unreadable row: " + reason.english());
    }

    private static RuleInfo rule(String id, Severity severity, String regulation, Confidence confidence) {
        return new RuleInfo(id, severity, regulation, confidence, RuleMessages.vi(id + ".title"),
                RuleMessages.en(id + ".title"));
    }

    /**
     * The finding of a record a reader refused (a line of a stream or a record of a reference
     * file): rule {@code vn.read.<reason>} at the problem's file, line, record and path, with the
     * severity the parameters give it, the reader's bilingual reason and the excerpt masked.
     *
     * @param params the rule parameters (for the severity)
     * @param problem why the record was refused
     * @return the finding
     */
    public static org.haicap.validation.Finding refusedRecord(RuleParameters params,
            org.haicap.core.io.ReadProblem problem) {
        RuleInfo rule = read(problem.reason());
        return StreamCheck.finding(rule, params.severity(rule.id(), rule.defaultSeverity()), problem);
    }
}
