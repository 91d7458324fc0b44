package org.haicap.core.units;

import java.util.Objects;
import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Thrown when a name search or an old-to-new conversion query cannot be run. The message says,
 * in Vietnamese and English, what is wrong; {@link #reason()} says it in code and
 * {@link #query()} carries the offending text.
 *
 * <p>A query that is well-formed but matches nothing is not an error: the result is empty.
 */
public final class InvalidQueryException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    /** Why the query was rejected. */
    public enum Reason implements Bilingual {
        /** The query is empty or only white space. */
        BLANK("truy vấn trống", "the query is blank"),
        /** The query is longer than {@link UnitCatalog#MAX_QUERY_LENGTH} characters. */
        TOO_LONG("truy vấn dài quá " + UnitCatalog.MAX_QUERY_LENGTH + " ký tự",
                "the query is longer than " + UnitCatalog.MAX_QUERY_LENGTH + " characters"),
        /** The query has no letters or digits to search for (only punctuation, or only a province). */
        NO_NAME("truy vấn không có tên để tìm", "the query has no name to search for"),
        /** The text after the comma, or a province filter, names no province of the catalogue. */
        UNKNOWN_PROVINCE("không nhận ra tỉnh/thành phố", "no province matches"),
        /** A result limit below 1 was given. */
        BAD_LIMIT("giới hạn số kết quả phải từ 1 trở lên", "the result limit must be at least 1");

        private final LocalizedText label;

        Reason(String vietnamese, String english) {
            this.label = LocalizedText.of(vietnamese, english);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    private final Reason reason;
    private final String query;

    /**
     * Creates the exception.
     *
     * @param reason why the query was rejected
     * @param query the offending text (shortened in the message when long)
     */
    public InvalidQueryException(Reason reason, String query) {
        super(Objects.requireNonNull(reason, "reason").vietnamese() + ": \"" + shown(query) + "\"",
                reason.english() + ": \"" + shown(query) + "\"");
        this.reason = reason;
        this.query = query;
    }

    /** Why the query was rejected. */
    public Reason reason() {
        return reason;
    }

    /** The offending text, as given. */
    public String query() {
        return query;
    }

    private static String shown(String query) {
        if (query == null) {
            return "null";
        }
        return query.length() > 60 ? query.substring(0, 60) + "…" : query;
    }
}
