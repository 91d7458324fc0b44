package org.haicap.core.text;

import java.util.Locale;

/**
 * The language a text or report is shown in (ngôn ngữ): Vietnamese, the language of record, or
 * English. Every label of the model carries Vietnamese and, optionally, English text.
 *
 * <p>Immutable and thread-safe.
 */
public enum Language {
    /** Vietnamese (tiếng Việt), {@code vi-VN}: {@code 2.552}, {@code 99,6%}, {@code 14/7/2025}. */
    VI("vi", Locale.forLanguageTag("vi-VN")),
    /** English, {@code en}: {@code 2,552}, {@code 99.6%}, {@code 14 July 2025}. */
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag used in HTML {@code lang} and JSON: {@code "vi"} or {@code "en"}. */
    public String tag() {
        return tag;
    }

    /** The locale this language stands for. */
    public Locale locale() {
        return locale;
    }

    /**
     * The language of a locale: Vietnamese for any {@code vi} locale, English for any {@code en}.
     *
     * @throws IllegalArgumentException for any other language, naming it
     */
    public static Language of(Locale locale) {
        String l = locale.getLanguage();
        if (l.equals("vi")) {
            return VI;
        }
        if (l.equals("en")) {
            return EN;
        }
        throw new IllegalArgumentException("ngôn ngữ không hỗ trợ \"" + locale.toLanguageTag()
                + "\" (chỉ vi, en) / unsupported language \"" + locale.toLanguageTag() + "\" (vi or en only)");
    }
}
