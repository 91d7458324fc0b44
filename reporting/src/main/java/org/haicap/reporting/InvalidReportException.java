package org.haicap.reporting;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Thrown when a value given to the report model is out of its domain: a negative count, a
 * numerator above its denominator, a period that ends before it starts, a table row of the
 * wrong width. The message says, in Vietnamese and English, what was expected and what was
 * given; {@link #reason()} and {@link #value()} let code act on it.
 *
 * <p>Immutable once thrown.
 */
public final class InvalidReportException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    /** Why a value was refused; each constant carries the rule in both languages. */
    public enum Reason implements Bilingual {
        /** A count or figure below zero. */
        NEGATIVE("giá trị không được âm", "the value must not be negative"),
        /** A numerator above its denominator ({@code n/N} with {@code n > N}). */
        NUMERATOR_ABOVE_DENOMINATOR("tử số lớn hơn mẫu số", "the numerator exceeds the denominator"),
        /** A share computed from a ratio whose denominator is zero. */
        ZERO_DENOMINATOR("mẫu số bằng 0, không tính được tỷ lệ", "the denominator is zero, no share can be computed"),
        /** A percentage outside 0–100. */
        PERCENT_OUT_OF_RANGE("tỷ lệ phần trăm phải trong khoảng 0–100", "a percentage must lie in 0–100"),
        /** A number of decimals outside 0–6. */
        PRECISION_OUT_OF_RANGE("số chữ số thập phân phải trong khoảng 0–6", "decimals must lie in 0–6"),
        /** A rounding step of zero or below. */
        STEP_NOT_POSITIVE("bước làm tròn phải lớn hơn 0", "the rounding step must be positive"),
        /** A period whose end is before its start. */
        PERIOD_REVERSED("ngày kết thúc trước ngày bắt đầu", "the end date is before the start date"),
        /** An as-of date before the start of the reporting period. */
        AS_OF_BEFORE_PERIOD("ngày số liệu trước ngày bắt đầu kỳ báo cáo", "the as-of date is before the period starts"),
        /** Blank text where text is required. */
        BLANK("văn bản không được để trống", "the text must not be blank"),
        /** A table row whose width differs from the number of columns. */
        ROW_WIDTH("số ô của dòng khác số cột", "the row does not have one cell per column"),
        /** A cell whose kind does not match its column's type. */
        CELL_TYPE("kiểu ô không khớp kiểu cột", "the cell does not match its column's type"),
        /** A required part of the report was not given to the builder. */
        MISSING("thiếu thông tin bắt buộc", "a required part is missing"),
        /** A chart or table without any data. */
        EMPTY("không có dữ liệu", "there is no data");

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

    private final Reason reason;
    private final String where;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param reason why the value was refused
     * @param where which field or indicator, e.g. {@code "Ratio.numerator"}
     * @param value the offending value, as text
     */
    public InvalidReportException(Reason reason, String where, Object value) {
        super(where + ": " + reason.vietnamese() + ", nhận được \"" + printable(value) + "\" / "
                + reason.english() + ", got \"" + printable(value) + "\"",
                where + ": " + reason.vietnamese() + ", nhận được \"" + printable(value) + "\"",
                reason.english() + ", got \"" + printable(value) + "\"", null);
        this.reason = reason;
        this.where = where;
        this.value = String.valueOf(value);
    }

    /** Why the value was refused. */
    public Reason reason() {
        return reason;
    }

    /** Which field or indicator held the value. */
    public String where() {
        return where;
    }

    /** The offending value, as text ({@code "null"} for a missing one). */
    public String value() {
        return value;
    }

    private static String printable(Object value) {
        String s = String.valueOf(value);
        String shown = s.length() > 60 ? s.substring(0, 60) + "…" : s;
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
