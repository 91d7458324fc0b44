package org.haicap.core.calendar;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Thrown when a line of an official holiday schedule (see {@link OfficialSchedule}) cannot be
 * read. The message names the source, the line number, the offending value and the reason, in
 * Vietnamese and English; the same facts are available as getters.
 */
public final class ScheduleFormatException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    /** Why a line was rejected. */
    public enum Reason implements Bilingual {
        /** The line does not have the fields {@code date,kind[,label]}. */
        MISSING_FIELDS("thiếu trường, cần dạng ngày,loại,nhãn", "missing fields, expected date,kind,label"),
        /** The date is not an ISO date {@code yyyy-mm-dd}. */
        INVALID_DATE("ngày không hợp lệ, cần dạng yyyy-mm-dd", "invalid date, expected yyyy-mm-dd"),
        /** The date is outside 1900-01-01 to 2200-12-31. */
        DATE_OUT_OF_RANGE("ngày nằm ngoài khoảng 1900-01-01 – 2200-12-31",
                "date outside 1900-01-01 to 2200-12-31"),
        /** The kind is not HOLIDAY, DAY_OFF or MAKEUP_WORKDAY. */
        INVALID_KIND("loại ngày không hợp lệ, cần HOLIDAY, DAY_OFF hoặc MAKEUP_WORKDAY",
                "invalid kind, expected HOLIDAY, DAY_OFF or MAKEUP_WORKDAY"),
        /** The same date appears on an earlier line. */
        DUPLICATE_DATE("ngày này đã có ở dòng trước", "this date already appears on an earlier line");

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

    private final String source;
    private final int lineNumber;
    private final String value;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param source the name of the file or resource
     * @param lineNumber the 1-based line number
     * @param value the offending field (or the whole line)
     * @param reason why the line was rejected
     */
    public ScheduleFormatException(String source, int lineNumber, String value, Reason reason) {
        super(vietnamese(source, lineNumber, value, reason) + " / " + english(source, lineNumber, value, reason),
                vietnamese(source, lineNumber, value, reason), english(source, lineNumber, value, reason),
                lineOf(source, lineNumber));
        this.source = source;
        this.lineNumber = lineNumber;
        this.value = value;
        this.reason = reason;
    }

    /** The name of the file or resource. */
    public String source() {
        return source;
    }

    /** The 1-based number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The offending field, or the whole line if it has too few fields. */
    public String value() {
        return value;
    }

    /** Why the line was rejected. */
    public Reason reason() {
        return reason;
    }

    private static String vietnamese(String source, int lineNumber, String value, Reason reason) {
        return "lịch nghỉ " + source + ", dòng " + lineNumber + ": " + reason.vietnamese() + ", nhận được \""
                + printable(value) + "\"";
    }

    private static String english(String source, int lineNumber, String value, Reason reason) {
        return "schedule " + source + ", line " + lineNumber + ": " + reason.english() + ", got \""
                + printable(value) + "\"";
    }

    private static String printable(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        StringBuilder b = new StringBuilder();
        shown.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
