package org.haicap.core.procedures;

import java.util.Objects;
import java.util.stream.Collectors;
import org.haicap.core.io.HaicapInputException;

/**
 * Thrown when a dossier would go from one status to another that the lifecycle does not allow
 * (see {@link DossierStatus}), whether by {@link Dossier#transition} or in a history given to the
 * {@link Dossier} constructor. Carries both statuses; the message is bilingual and lists the legal
 * next statuses.
 */
public final class IllegalTransitionException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final DossierStatus from;
    private final DossierStatus to;

    /**
     * Creates the exception.
     *
     * @param where what is moving, such as {@code "hồ sơ H15-261008-0975"}/{@code "dossier ..."}; may be empty
     * @param from the current status
     * @param to the refused status
     */
    public IllegalTransitionException(String where, DossierStatus from, DossierStatus to) {
        super(message(where, from, to), prefix(where) + vietnamese(from, to), prefix(where) + english(from, to),
                null);
        this.from = from;
        this.to = to;
    }

    private static String message(String where, DossierStatus from, DossierStatus to) {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return prefix(where) + vietnamese(from, to) + " / " + english(from, to);
    }

    private static String prefix(String where) {
        return where.isEmpty() ? "" : where + ": ";
    }

    /** The broken rule in Vietnamese, with the legal next statuses. */
    static String vietnamese(DossierStatus from, DossierStatus to) {
        String legalVi = from.isTerminal() ? "trạng thái kết thúc, không chuyển tiếp được"
                : "chỉ được chuyển sang " + from.next().stream().map(s -> "«" + s.vietnamese() + "»").collect(Collectors.joining(", "));
        return "không thể chuyển hồ sơ từ «" + from.vietnamese() + "» sang «" + to.vietnamese() + "» (" + legalVi + ")";
    }

    /** The broken rule in English, with the legal next statuses. */
    static String english(DossierStatus from, DossierStatus to) {
        String legalEn = from.isTerminal() ? "a terminal status, nothing follows it"
                : "legal next: " + from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
        return "a dossier cannot go from " + from + " to " + to + " (" + legalEn + ")";
    }

    /** The status the dossier was at. */
    public DossierStatus from() {
        return from;
    }

    /** The status it was refused. */
    public DossierStatus to() {
        return to;
    }
}
