package org.haicap.reporting.aggregate;

/**
 * Thrown when two aggregates built with different parameters (another as-of date, reporting
 * period, calendar or window list) are merged: their counts would mean different things, so
 * the merge is refused rather than silently mixing them. {@link #ours()} and {@link #theirs()}
 * carry the two parameter values. The message is in Vietnamese and English.
 */
public final class AggregateMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String aggregate;
    private final String ours;
    private final String theirs;

    /**
     * Creates the exception.
     *
     * @param aggregate the aggregate type, e.g. {@code DossierAggregate}
     * @param ours this aggregate's parameters
     * @param theirs the other aggregate's parameters
     */
    public AggregateMismatchException(String aggregate, Object ours, Object theirs) {
        super("Không thể gộp hai " + aggregate + " có tham số khác nhau: " + ours + " và " + theirs
                + " / Cannot merge two " + aggregate + " values built with different parameters: " + ours + " and "
                + theirs);
        this.aggregate = aggregate;
        this.ours = String.valueOf(ours);
        this.theirs = String.valueOf(theirs);
    }

    /** The aggregate type whose merge was refused. */
    public String aggregate() {
        return aggregate;
    }

    /** This aggregate's parameters, as text. */
    public String ours() {
        return ours;
    }

    /** The other aggregate's parameters, as text: the offending value. */
    public String theirs() {
        return theirs;
    }
}
