package org.haicap.core.io;

import java.util.Locale;
import java.util.Objects;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Why one input row was refused (lỗi đọc dữ liệu), and where: the location, a reason code, a
 * message in Vietnamese and English, and a short excerpt of the offending text.
 *
 * <p>The excerpt is safe to show and to log as text: control and invisible formatting characters
 * are escaped ({@code \n}, {@code \u0000}, {@code \u202e}) and it is never longer than
 * {@value #MAX_EXCERPT} characters, so a problem never echoes a whole line. Messages are
 * cleaned the same way (at most {@value #MAX_MESSAGE} characters). Excerpts may still contain
 * personal data from the row; masking for reports is the job of the layer that shows them.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param location where the problem is
 * @param reason the kind of problem
 * @param vietnamese the message in Vietnamese
 * @param english the message in English
 * @param excerpt a short, escaped excerpt of the offending text; empty when there is none
 */
public record ReadProblem(SourceLocation location, Reason reason, String vietnamese, String english,
        String excerpt) {

    /** The longest excerpt kept, in characters. */
    public static final int MAX_EXCERPT = 80;
    /** The longest message kept, in characters. */
    public static final int MAX_MESSAGE = 400;

    /**
     * Why a row was refused. Each reason has a short description in both languages; a problem's
     * message starts with it and adds the specifics.
     */
    public enum Reason implements Bilingual {
        /** The bytes are not valid UTF-8. */
        INVALID_UTF8("dữ liệu không phải UTF-8 hợp lệ", "invalid UTF-8"),
        /** A line or CSV record is longer than the configured maximum. */
        LINE_TOO_LONG("dòng quá dài", "line too long"),
        /** The text is not well-formed JSON (including a truncated line or trailing content). */
        MALFORMED_JSON("JSON không hợp lệ", "malformed JSON"),
        /** The line is valid JSON but not a JSON object. */
        NOT_AN_OBJECT("dòng không phải một đối tượng JSON", "line is not a JSON object"),
        /** Objects or arrays are nested deeper than allowed. */
        NESTING_TOO_DEEP("lồng nhau quá sâu", "nesting too deep"),
        /** A string (or a field name, or a CSV field) is longer than allowed. */
        STRING_TOO_LONG("chuỗi quá dài", "string too long"),
        /** A number has more digits than allowed. */
        NUMBER_TOO_LONG("số quá dài", "number too long"),
        /** A JSON document is longer than allowed, or has too many tokens. */
        DOCUMENT_TOO_LONG("tài liệu quá dài", "document too long"),
        /** The same key appears twice in one JSON object. */
        DUPLICATE_KEY("khóa bị lặp", "duplicate key"),
        /** A field that the record type does not have. */
        UNKNOWN_FIELD("trường không xác định", "unknown field"),
        /** A required field is absent, null or empty. */
        MISSING_FIELD("thiếu trường bắt buộc", "missing required field"),
        /** A field has a value of the wrong type, shape or range. */
        INVALID_VALUE("giá trị không hợp lệ", "invalid value"),
        /** A forbidden control character such as NUL. */
        CONTROL_CHARACTER("ký tự điều khiển không được phép", "forbidden control character"),
        /** A CSV record has a different number of fields than the header. */
        CSV_FIELD_COUNT("số trường CSV không khớp với dòng tiêu đề", "CSV field count differs from the header"),
        /** A quoted CSV field is not closed before the end of the input. */
        CSV_UNTERMINATED_QUOTE("trường CSV mở ngoặc kép nhưng không đóng", "unterminated quoted CSV field"),
        /** A quote inside an unquoted CSV field, or text after a closing quote. */
        CSV_STRAY_QUOTE("dấu ngoặc kép sai vị trí trong CSV", "misplaced quote in CSV field"),
        /** The CSV header is missing, has an empty or duplicated name, or could not be read. */
        CSV_HEADER("dòng tiêu đề CSV không hợp lệ", "invalid CSV header");

        private final LocalizedText label;

        Reason(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /**
     * Checks the values and makes the excerpt and messages safe (escaped, bounded).
     *
     * @throws NullPointerException if any argument is null
     */
    public ReadProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        vietnamese = safeExcerpt(Objects.requireNonNull(vietnamese, "vietnamese"), MAX_MESSAGE);
        english = safeExcerpt(Objects.requireNonNull(english, "english"), MAX_MESSAGE);
        excerpt = safeExcerpt(Objects.requireNonNull(excerpt, "excerpt"), MAX_EXCERPT);
    }

    /**
     * A problem whose messages are the reason's description followed by the specifics.
     *
     * @param at where
     * @param reason why
     * @param detailVietnamese specifics in Vietnamese, or empty
     * @param detailEnglish specifics in English, or empty
     * @param offendingText the offending text, or empty; it is escaped and cut to {@value #MAX_EXCERPT}
     * @return the problem
     */
    public static ReadProblem of(SourceLocation at, Reason reason, String detailVietnamese,
            String detailEnglish, String offendingText) {
        return new ReadProblem(at, reason, join(reason.vietnamese(), detailVietnamese),
                join(reason.english(), detailEnglish), offendingText);
    }

    /**
     * The message in the language of {@code locale}: Vietnamese for {@code vi}, English otherwise.
     *
     * @param locale the reader's locale
     * @return the message
     */
    public String message(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vietnamese : english;
    }

    /** Like {@code dossiers.jsonl:12:5 ($.amount) INVALID_VALUE: invalid value: ... «text»}. */
    @Override
    public String toString() {
        return location + " " + reason + ": " + english + (excerpt.isEmpty() ? "" : " «" + excerpt + "»");
    }

    private static String join(String head, String detail) {
        return detail.isEmpty() ? head : head + ": " + detail;
    }

    /**
     * {@code text} made safe to show: control characters, line and paragraph separators, lone
     * surrogates and invisible formatting characters (such as bidirectional overrides) are
     * escaped, and the result is cut to {@code max} characters, ending with {@code …} when cut.
     * Applying it twice changes nothing.
     */
    static String safeExcerpt(String text, int max) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 8);
        int i = 0;
        boolean cut = false;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String piece = escape(cp);
            if (b.length() + piece.length() > max) {
                cut = true;
                break;
            }
            b.append(piece);
            i += Character.charCount(cp);
        }
        if (!cut) {
            return b.length() == text.length() ? text : b.toString();
        }
        // Make room for the ellipsis without splitting a surrogate pair.
        while (b.length() > max - 1) {
            int last = b.codePointBefore(b.length());
            b.setLength(b.length() - Character.charCount(last));
        }
        return b.append('…').toString();
    }

    private static String escape(int cp) {
        switch (cp) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(cp);
        if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || cp == 0xFFFE || cp == 0xFFFF) {
            return String.format("\\u%04x", cp);
        }
        return new String(Character.toChars(cp));
    }
}
