package org.haicap.core.ids;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.text.VietnameseText;

/**
 * Thrown when text is not a dossier code (mã hồ sơ). {@link #reason()} says why; the message says
 * it in Vietnamese and English and quotes an excerpt of the offending text.
 */
public final class InvalidDossierCodeException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    /** Why the text is not a dossier code. */
    public enum Reason implements Bilingual {
        /** Empty or only white space. */
        BLANK("mã hồ sơ không được để trống", "a dossier code must not be blank"),
        /** Longer than {@value DossierCode#MAX_LENGTH} characters. */
        TOO_LONG("mã hồ sơ dài quá " + DossierCode.MAX_LENGTH + " ký tự",
                "a dossier code is at most " + DossierCode.MAX_LENGTH + " characters"),
        /** A character other than ASCII letters, digits, '.', '_' and '-'. */
        BAD_CHARACTER("mã hồ sơ chỉ gồm chữ cái, chữ số ASCII và các dấu '.', '_', '-'",
                "a dossier code has only ASCII letters, digits, '.', '_' and '-'"),
        /** Not of the shape {@code {agency}-{yymmdd}-{sequence}}. */
        NOT_STRUCTURED("mã hồ sơ phải có dạng {mã đơn vị}-{yymmdd}-{số thứ tự 4–7 chữ số}, ví dụ H15.50.05.13-261008-0975",
                "a dossier code has the form {agency}-{yymmdd}-{4 to 7 digit sequence}, e.g. H15.50.05.13-261008-0975"),
        /** The {@code yymmdd} part is not a date. */
        BAD_DATE("phần ngày tiếp nhận (yymmdd) của mã hồ sơ không phải là ngày hợp lệ",
                "the intake date (yymmdd) of a dossier code is not a valid date");

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
    private final String value;

    /**
     * Creates the exception.
     *
     * @param reason why the text is refused
     * @param value the offending text
     */
    public InvalidDossierCodeException(Reason reason, String value) {
        super(reason.vietnamese() + ", nhận được \"" + VietnameseText.excerpt(value, 70) + "\"",
                reason.english() + ", got \"" + VietnameseText.excerpt(value, 70) + "\"");
        this.reason = reason;
        this.value = value;
    }

    /** Why the text is refused. */
    public Reason reason() {
        return reason;
    }

    /** The offending text, as given. */
    public String value() {
        return value;
    }
}
