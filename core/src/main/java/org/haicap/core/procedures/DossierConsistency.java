package org.haicap.core.procedures;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The domain rules that tie a {@link Dossier}'s values together (tính nhất quán của hồ sơ): its
 * status history, its completion and its due dates. A {@link Dossier} is built from any values of
 * the right types, so that a reader keeps a record that breaks one of these rules as a row and
 * the rule that owns it can judge it, with its location; this class is the one place the rules
 * are checked, by the validation rules ({@link #check}) and by the dossier's own operations
 * ({@link #require}: {@link Dossier#transition}, {@link Dossier#receive}, {@link Dossier#snapshot},
 * {@link Dossier#withDue}, {@link Dossier#withRevisedDue}).
 *
 * <p>The rules, by {@link Aspect}:
 * <ul>
 *   <li>{@link Aspect#HISTORY}: with {@link Dossier#fullHistory()}, the first status is one a
 *       dossier may start at for its channel ({@link DossierStatus#isInitialFor}); every change
 *       starts where the previous one ended, is legal ({@link StatusChange#isLegal()}) and is not
 *       before receipt or the previous change; the history ends at {@link Dossier#status()}.</li>
 *   <li>{@link Aspect#COMPLETION}: {@link Dossier#completedAt()} is present exactly when the
 *       status is terminal; it equals the time of the last change when there is one; it is not
 *       before receipt.</li>
 *   <li>{@link Aspect#DUE}: the due moment is not before receipt; a revised due moment (Form 04)
 *       needs the original one and is later than it.</li>
 * </ul>
 *
 * <p>{@link #check} gives at most one violation per aspect (the history is read up to its first
 * break, since what follows a break cannot be judged), and allocates nothing for a consistent
 * dossier, so it can run for every row of a large file.
 *
 * <p>Thread-safe: static methods only.
 */
public final class DossierConsistency {

    /** The rule family a violation belongs to; each is owned by one validation rule. */
    public enum Aspect {
        /** The status history (lịch sử trạng thái). */
        HISTORY,
        /** The completion moment (thời điểm kết thúc). */
        COMPLETION,
        /** The due moments (ngày hẹn trả, ngày hẹn trả mới). */
        DUE
    }

    /** What exactly is broken. */
    public enum Kind {
        /** A full history starts at a status the channel does not allow. */
        START(Aspect.HISTORY),
        /** A change does not start where the previous one ended. */
        BREAK(Aspect.HISTORY),
        /** A change the lifecycle does not allow ({@link DossierStatus}). */
        ILLEGAL_STEP(Aspect.HISTORY),
        /** A change is before receipt or before the previous change. */
        TIME_ORDER(Aspect.HISTORY),
        /** The history ends at another status than {@link Dossier#status()}. */
        END_STATUS(Aspect.HISTORY),
        /** A terminal dossier without a completion moment, or an open one with it. */
        COMPLETION_PRESENCE(Aspect.COMPLETION),
        /** The completion moment differs from the time of the last change. */
        COMPLETION_NOT_LAST_CHANGE(Aspect.COMPLETION),
        /** The completion moment is before receipt. */
        COMPLETION_BEFORE_RECEIPT(Aspect.COMPLETION),
        /** The due moment is before receipt. */
        DUE_BEFORE_RECEIPT(Aspect.DUE),
        /** A revised due moment without an original one. */
        REVISED_DUE_WITHOUT_DUE(Aspect.DUE),
        /** A revised due moment not later than the original one. */
        REVISED_DUE_NOT_LATER(Aspect.DUE);

        private final Aspect aspect;

        Kind(Aspect aspect) {
            this.aspect = aspect;
        }

        /** The aspect this kind belongs to. */
        public Aspect aspect() {
            return aspect;
        }
    }

    /**
     * One broken rule of a dossier. Immutable and thread-safe.
     *
     * @param kind what is broken
     * @param path the component at fault, as a path inside the dossier's JSON object, such as
     *     {@code "history[2].to"} or {@code "completedAt"}
     * @param change the 1-based number of the status change at fault, or 0 when none
     * @param vietnamese the broken rule, in Vietnamese, naming the dossier
     * @param english the same in English
     */
    public record Violation(Kind kind, String path, int change, String vietnamese, String english) {
        /** Checks that no value is missing. */
        public Violation {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(vietnamese, "vietnamese");
            Objects.requireNonNull(english, "english");
        }

        /** The aspect of {@link #kind()}. */
        public Aspect aspect() {
            return kind.aspect();
        }
    }

    private DossierConsistency() {
    }

    /**
     * The rules {@code d} breaks: at most one per {@link Aspect}, in the order history,
     * completion, due; empty (and nothing allocated) when it breaks none.
     *
     * @param d the dossier
     * @return the violations, unmodifiable
     */
    public static List<Violation> check(Dossier d) {
        Violation history = history(d);
        Violation completion = completion(d);
        Violation due = due(d);
        if (history == null && completion == null && due == null) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>(3);
        if (history != null) {
            out.add(history);
        }
        if (completion != null) {
            out.add(completion);
        }
        if (due != null) {
            out.add(due);
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code d} breaks none of the rules.
     *
     * @param d the dossier
     * @return true when {@link #check} is empty
     */
    public static boolean isConsistent(Dossier d) {
        return history(d) == null && completion(d) == null && due(d) == null;
    }

    /**
     * {@code d} itself when it breaks none of the rules.
     *
     * @param d the dossier
     * @return {@code d}
     * @throws IllegalTransitionException if the first violation is an illegal change
     * @throws InvalidProcedureDataException for any other violation
     */
    public static Dossier require(Dossier d) {
        List<Violation> found = check(d);
        if (found.isEmpty()) {
            return d;
        }
        Violation v = found.get(0);
        if (v.kind() == Kind.ILLEGAL_STEP) {
            StatusChange c = d.history().get(v.change() - 1);
            throw new IllegalTransitionException("hồ sơ " + d.code() + ", bước/change " + v.change(), c.from(), c.to());
        }
        Object value = switch (v.kind()) {
            case COMPLETION_PRESENCE, COMPLETION_NOT_LAST_CHANGE, COMPLETION_BEFORE_RECEIPT -> d.completedAt();
            case DUE_BEFORE_RECEIPT, REVISED_DUE_WITHOUT_DUE -> d.due();
            case REVISED_DUE_NOT_LATER -> d.revisedDue();
            case END_STATUS -> d.status();
            default -> v.change() > 0 ? d.history().get(v.change() - 1) : d.firstKnownStatus();
        };
        String field = v.path().indexOf('[') > 0 ? v.path().substring(0, v.path().indexOf('[')) : v.path();
        throw new InvalidProcedureDataException(field, value, v.vietnamese(), v.english());
    }

    private static Violation history(Dossier d) {
        List<StatusChange> history = d.history();
        DossierStatus first = d.firstKnownStatus();
        if (d.fullHistory() && !first.isInitialFor(d.channel())) {
            return new Violation(Kind.START, history.isEmpty() ? "status" : "history[0].from", history.isEmpty() ? 0 : 1,
                    "hồ sơ " + d.code() + ": hồ sơ nộp qua hình thức " + d.channel().vietnamese()
                            + " không thể bắt đầu ở «" + first.vietnamese() + "» mà phải ở «"
                            + DossierStatus.initialFor(d.channel()).vietnamese() + "»",
                    "dossier " + d.code() + ": a dossier filed " + d.channel() + " cannot start at " + first
                            + "; it starts at " + DossierStatus.initialFor(d.channel()));
        }
        DossierStatus current = first;
        LocalDateTime last = d.receivedAt();
        for (int i = 0; i < history.size(); i++) {
            StatusChange c = history.get(i);
            int n = i + 1;
            if (c.from() != current) {
                return new Violation(Kind.BREAK, "history[" + i + "].from", n,
                        "hồ sơ " + d.code() + ": lịch sử bị đứt ở bước " + n + ": hồ sơ đang ở «" + current.vietnamese()
                                + "» nhưng bước ghi từ «" + c.from().vietnamese() + "»",
                        "dossier " + d.code() + ": the history breaks at change " + n + ": the dossier was at " + current
                                + " but the change starts from " + c.from());
            }
            if (!c.isLegal()) {
                return new Violation(Kind.ILLEGAL_STEP, "history[" + i + "].to", n,
                        "hồ sơ " + d.code() + ", bước " + n + ": " + IllegalTransitionException.vietnamese(c.from(), c.to()),
                        "dossier " + d.code() + ", change " + n + ": " + IllegalTransitionException.english(c.from(), c.to()));
            }
            if (c.at().isBefore(last)) {
                return new Violation(Kind.TIME_ORDER, "history[" + i + "].at", n,
                        "hồ sơ " + d.code() + ": bước " + n + " (" + c.at() + ") trước thời điểm "
                                + (i == 0 ? "tiếp nhận " : "của bước trước ") + last,
                        "dossier " + d.code() + ": change " + n + " (" + c.at() + ") is before " + last
                                + (i == 0 ? " (receipt)" : " (the previous change)"));
            }
            current = c.to();
            last = c.at();
        }
        if (current != d.status()) {
            return new Violation(Kind.END_STATUS, "status", 0,
                    "hồ sơ " + d.code() + ": lịch sử kết thúc ở «" + current.vietnamese() + "» nhưng trạng thái là «"
                            + d.status().vietnamese() + "»",
                    "dossier " + d.code() + ": the history ends at " + current + " but the status is " + d.status());
        }
        return null;
    }

    private static Violation completion(Dossier d) {
        DossierStatus status = d.status();
        Optional<LocalDateTime> completedAt = d.completedAt();
        if (status.isTerminal() != completedAt.isPresent()) {
            return new Violation(Kind.COMPLETION_PRESENCE, "completedAt", 0,
                    "hồ sơ " + d.code() + ": thời điểm kết thúc " + (status.isTerminal() ? "bắt buộc" : "không được có")
                            + " với trạng thái «" + status.vietnamese() + "»",
                    "dossier " + d.code() + ": completedAt is " + (status.isTerminal() ? "required" : "not allowed")
                            + " at status " + status);
        }
        if (completedAt.isEmpty()) {
            return null;
        }
        LocalDateTime done = completedAt.get();
        if (done.isBefore(d.receivedAt())) {
            return new Violation(Kind.COMPLETION_BEFORE_RECEIPT, "completedAt", 0,
                    "hồ sơ " + d.code() + ": thời điểm kết thúc " + done + " trước thời điểm tiếp nhận " + d.receivedAt(),
                    "dossier " + d.code() + ": completedAt " + done + " is before receipt " + d.receivedAt());
        }
        List<StatusChange> history = d.history();
        if (!history.isEmpty()) {
            LocalDateTime last = history.get(history.size() - 1).at();
            if (!done.equals(last)) {
                return new Violation(Kind.COMPLETION_NOT_LAST_CHANGE, "completedAt", 0,
                        "hồ sơ " + d.code() + ": thời điểm kết thúc " + done + " khác thời điểm của bước cuối " + last,
                        "dossier " + d.code() + ": completedAt " + done + " differs from the time of the last change "
                                + last);
            }
        }
        return null;
    }

    private static Violation due(Dossier d) {
        Optional<LocalDateTime> due = d.due();
        Optional<LocalDateTime> revised = d.revisedDue();
        if (due.isPresent() && due.get().isBefore(d.receivedAt())) {
            return new Violation(Kind.DUE_BEFORE_RECEIPT, "due", 0,
                    "hồ sơ " + d.code() + ": hạn trả " + due.get() + " trước thời điểm tiếp nhận " + d.receivedAt(),
                    "dossier " + d.code() + ": due " + due.get() + " is before receipt " + d.receivedAt());
        }
        if (revised.isPresent() && due.isEmpty()) {
            return new Violation(Kind.REVISED_DUE_WITHOUT_DUE, "revisedDue", 0,
                    "hồ sơ " + d.code() + ": có ngày hẹn trả mới (Mẫu 04) " + revised.get()
                            + " nhưng không có ngày hẹn trả ban đầu",
                    "dossier " + d.code() + ": a revised due moment (Form 04) " + revised.get()
                            + " without the original due moment");
        }
        if (revised.isPresent() && !revised.get().isAfter(due.get())) {
            return new Violation(Kind.REVISED_DUE_NOT_LATER, "revisedDue", 0,
                    "hồ sơ " + d.code() + ": ngày hẹn trả mới (Mẫu 04) " + revised.get()
                            + " không sau ngày hẹn trả ban đầu " + due.get(),
                    "dossier " + d.code() + ": the revised due moment (Form 04) " + revised.get()
                            + " is not later than the original " + due.get());
        }
        return null;
    }
}
