package org.haicap.core.units;

/**
 * How a name search matched a unit (loại khớp), best first: an {@link #EXACT} match ranks
 * above a {@link #PREFIX} match, which ranks above a {@link #FUZZY} one.
 *
 * <p>Immutable and thread-safe.
 */
public enum MatchKind {
    /** The folded query equals the unit's folded short name. */
    EXACT,
    /** The folded query is the beginning of the unit's folded short name. */
    PREFIX,
    /**
     * Every word of the query is a word of the name, or the query is within a small edit
     * distance of the name (one typo; two for names of 8 letters or more).
     */
    FUZZY
}
