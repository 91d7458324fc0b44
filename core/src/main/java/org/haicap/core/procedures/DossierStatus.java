package org.haicap.core.procedures;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The status of a dossier (trạng thái hồ sơ) in its lifecycle, and the table of legal
 * transitions between statuses.
 *
 * <p>The statuses follow the ten statuses that processing systems synchronise to the national
 * portal [P] (their numeric codes are kept apart, in {@link DvcqgStatusCodes}), plus
 * {@link #WITHDRAWN}, which tells a dossier the applicant withdrew apart from one an agency
 * stopped (both are code 8 on the portal).
 *
 * <p>Legal transitions (anything else is illegal; no status goes to itself):
 * <pre>
 * NEW                  → ACCEPTED | REFUSED | WITHDRAWN
 * ACCEPTED             → PROCESSING | WITHDRAWAL_REQUESTED
 * PROCESSING           → SUPPLEMENT_REQUESTED | PAYMENT_REQUESTED | PROCESSED | STOPPED | WITHDRAWAL_REQUESTED
 * SUPPLEMENT_REQUESTED → PROCESSING | STOPPED | WITHDRAWAL_REQUESTED
 * PAYMENT_REQUESTED    → PROCESSING | STOPPED | WITHDRAWAL_REQUESTED
 * WITHDRAWAL_REQUESTED → WITHDRAWN | PROCESSING
 * PROCESSED            → RESULT_RETURNED
 * REFUSED, STOPPED, WITHDRAWN, RESULT_RETURNED: terminal
 * </pre>
 * A dossier filed electronically (online or at an agent point) starts at {@link #NEW}; one
 * received at the desk or by post starts at {@link #ACCEPTED}, or at {@link #NEW} when the system
 * records intake as a separate step (see {@link #initialFor(Channel)}).
 *
 * <p>The table is derived from the portal's status list and the one-stop forms of TT 03/2025
 * (01 receipt, 02 supplement request, 03 refusal, 05 stop or withdrawal); it is probable, not
 * confirmed by a published specification.
 *
 * <p>Immutable and thread-safe.
 */
public enum DossierStatus implements Bilingual {
    /** Filed online and not yet accepted (mới đăng ký). */
    NEW("Mới đăng ký", "New, not yet accepted"),
    /** Accepted at intake (đã tiếp nhận); the receipt (form 01) gives the due date. */
    ACCEPTED("Đã tiếp nhận", "Accepted"),
    /** Refused at intake (không được tiếp nhận; form 03). */
    REFUSED("Không được tiếp nhận", "Refused at intake"),
    /** Being processed (đang xử lý). */
    PROCESSING("Đang xử lý", "Being processed"),
    /** The applicant was asked to supplement the dossier (yêu cầu bổ sung hồ sơ; form 02). */
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung hồ sơ", "Supplement requested"),
    /** The applicant was asked to pay a financial obligation (yêu cầu thực hiện nghĩa vụ tài chính). */
    PAYMENT_REQUESTED("Yêu cầu thực hiện nghĩa vụ tài chính", "Payment requested"),
    /** The applicant asked to withdraw the dossier (công dân yêu cầu rút hồ sơ). */
    WITHDRAWAL_REQUESTED("Công dân yêu cầu rút hồ sơ", "Withdrawal requested"),
    /** The agency stopped processing (dừng xử lý; form 05). */
    STOPPED("Dừng xử lý", "Processing stopped"),
    /** Processed, the result not yet handed over (đã xử lý xong). */
    PROCESSED("Đã xử lý xong", "Processed"),
    /** The result was returned to the applicant (đã trả kết quả). */
    RESULT_RETURNED("Đã trả kết quả", "Result returned"),
    /** Withdrawn by the applicant (đã rút hồ sơ). */
    WITHDRAWN("Đã rút hồ sơ", "Withdrawn");

    private static final Map<DossierStatus, Set<DossierStatus>> NEXT = new EnumMap<>(DossierStatus.class);

    static {
        legal(NEW, ACCEPTED, REFUSED, WITHDRAWN);
        legal(ACCEPTED, PROCESSING, WITHDRAWAL_REQUESTED);
        legal(PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, PROCESSED, STOPPED, WITHDRAWAL_REQUESTED);
        legal(SUPPLEMENT_REQUESTED, PROCESSING, STOPPED, WITHDRAWAL_REQUESTED);
        legal(PAYMENT_REQUESTED, PROCESSING, STOPPED, WITHDRAWAL_REQUESTED);
        legal(WITHDRAWAL_REQUESTED, WITHDRAWN, PROCESSING);
        legal(PROCESSED, RESULT_RETURNED);
        for (DossierStatus s : values()) {
            NEXT.putIfAbsent(s, Collections.unmodifiableSet(EnumSet.noneOf(DossierStatus.class)));
        }
    }

    private static void legal(DossierStatus from, DossierStatus... to) {
        EnumSet<DossierStatus> set = EnumSet.noneOf(DossierStatus.class);
        Collections.addAll(set, to);
        NEXT.put(from, Collections.unmodifiableSet(set));
    }

    private final LocalizedText label;

    DossierStatus(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** The statuses this one may legally go to; empty for a terminal status. Unmodifiable. */
    public Set<DossierStatus> next() {
        return NEXT.get(this);
    }

    /** Whether going from this status to {@code to} is legal. */
    public boolean canTransitionTo(DossierStatus to) {
        return NEXT.get(this).contains(Objects.requireNonNull(to, "to"));
    }

    /**
     * Whether the dossier is closed: no transition leaves this status (REFUSED, STOPPED, WITHDRAWN,
     * RESULT_RETURNED).
     */
    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    /**
     * Whether the dossier is waiting on the applicant (SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED):
     * whether that time counts toward the deadline is unsettled, so timeliness rules that need
     * it take it as a setting.
     */
    public boolean isWaitingOnApplicant() {
        return this == SUPPLEMENT_REQUESTED || this == PAYMENT_REQUESTED;
    }

    /**
     * Whether a dossier filed through {@code channel} may start at this status: {@link #NEW} for
     * every channel, {@link #ACCEPTED} for {@link Channel#IN_PERSON} and {@link Channel#POST},
     * where intake happens when the dossier is received.
     */
    public boolean isInitialFor(Channel channel) {
        Objects.requireNonNull(channel, "channel");
        return this == NEW || this == ACCEPTED && !channel.isElectronic();
    }

    /**
     * The status a newly received dossier starts at: {@link #NEW} for an electronic channel,
     * {@link #ACCEPTED} otherwise.
     */
    public static DossierStatus initialFor(Channel channel) {
        return Objects.requireNonNull(channel, "channel").isElectronic() ? NEW : ACCEPTED;
    }
}
