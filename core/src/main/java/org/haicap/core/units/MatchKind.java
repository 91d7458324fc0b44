package org.haicap.core.units;

/**
 * How a name search matched a unit (loại khớp), best first: an {@link #EXACT} match ranks
 * above a {@link #FOLDED} match, which ranks above a {@link #PREFIX} match, which ranks above a
 * {@link #FUZZY} one.
 *
 * <p>Whether the name matched is a current name or a former (pre-2025) one is told apart by
 * {@link SearchHit#source()}, not here: a former name matches {@link #EXACT} or
 * {@link #FOLDED} like a current one.
 *
 * <p>Immutable and thread-safe.
 */
public enum MatchKind {
    /**
     * The query is the name as written, with its diacritics: equal once both are in NFC and
     * tone-mark placement ({@code Hoà}/{@code Hòa}), apostrophe style, case and punctuation are
     * set aside ({@link org.haicap.core.text.VietnameseText#spellingKey(String)}). {@code Quán
     * Thánh} is an exact match of Quán Thánh, not of Quan Thành.
     */
    EXACT,
    /**
     * The query equals the name only once the diacritics are removed as well
     * ({@link org.haicap.core.text.VietnameseText#fold(String)}): {@code quan thanh} or
     * {@code Quán Thánh} against Quan Thành. Never reported as {@link #EXACT}.
     */
    FOLDED,
    /** The folded query is the beginning of the unit's folded short name. */
    PREFIX,
    /**
     * Every word of the query is a word of the name, or the query is within a small edit
     * distance of the name (one typo; two for names of 8 letters or more).
     */
    FUZZY
}
