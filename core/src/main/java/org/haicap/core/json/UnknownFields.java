package org.haicap.core.json;

/**
 * What reading does with a JSON field that the record type does not have (trường không xác
 * định).
 *
 * <p>The default is {@link #REFUSE}: in an exchange of official data a field that nobody reads is
 * most often a misspelling ({@code "ammount"}) or a column mapped to the wrong name, and
 * ignoring it would drop data without a word. A vendor who sends files of a newer version of
 * the format to an older reader can choose {@link #IGNORE} on purpose.
 */
public enum UnknownFields {
    /** Refuse the row with an {@code UNKNOWN_FIELD} problem naming the field and its path. */
    REFUSE,
    /** Skip the field (its value is still checked against the limits: depth, lengths, duplicates). */
    IGNORE
}
