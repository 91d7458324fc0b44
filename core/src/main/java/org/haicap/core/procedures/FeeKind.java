package org.haicap.core.procedures;

/**
 * The kind of a fee line of a procedure. Vietnamese law distinguishes a charge (phí), which pays
 * for a service, from a fee (lệ phí), which is a state levy for an administrative act (Luật Phí
 * và lệ phí 2015). Commune amounts are often set by resolution of the provincial People's Council.
 *
 * <p>Immutable and thread-safe.
 */
public enum FeeKind {
    /** A charge (phí). */
    CHARGE("Phí", "Charge"),
    /** A fee (lệ phí). */
    FEE("Lệ phí", "Fee");

    private final String vietnamese;
    private final String english;

    FeeKind(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The Vietnamese label: {@code Phí} or {@code Lệ phí}. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English label. */
    public String english() {
        return english;
    }
}
