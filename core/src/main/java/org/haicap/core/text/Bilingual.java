package org.haicap.core.text;

import java.util.Locale;

/**
 * Something that carries a label in Vietnamese and English (có nhãn song ngữ): the enums and
 * records of haicap implement it by storing one {@link LocalizedText} instead of a pair of
 * strings, and get {@link #vietnamese()}, {@link #english()} and {@link #in(Locale)} from it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Bilingual {

    /**
     * The label in both languages.
     *
     * @return the label
     */
    LocalizedText label();

    /**
     * The label in Vietnamese.
     *
     * @return the Vietnamese text
     */
    default String vietnamese() {
        return label().vi();
    }

    /**
     * The label in English, or in Vietnamese when it has no English.
     *
     * @return the English text
     */
    default String english() {
        return label().english();
    }

    /**
     * The label in the language of {@code locale}: Vietnamese for any {@code vi} locale, English
     * for any other.
     *
     * @param locale the reader's locale
     * @return the text
     */
    default String in(Locale locale) {
        return label().in(locale);
    }
}
