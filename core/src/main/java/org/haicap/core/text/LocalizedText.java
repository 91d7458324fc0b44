package org.haicap.core.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in Vietnamese and, optionally, English (nhãn song ngữ): the one bilingual text type of
 * haicap, used by the labels of enums and records ({@link Bilingual}), by report labels and by
 * the messages of refused input. English falls back to Vietnamese when absent. Both are trimmed
 * and normalised to NFC.
 *
 * <p>Immutable and thread-safe.
 *
 * @param vi the Vietnamese text, not blank
 * @param en the English text, if any (not blank when present)
 */
public record LocalizedText(String vi, Optional<String> en) {

    /**
     * Checks and normalises both texts.
     *
     * @throws IllegalArgumentException if a text is blank or missing; the message says which,
     *         in Vietnamese and English
     */
    public LocalizedText {
        vi = text("LocalizedText.vi", vi);
        en = present("LocalizedText.en", en).map(t -> text("LocalizedText.en", t));
    }

    /**
     * A Vietnamese-only text; English output shows the Vietnamese text.
     *
     * @param vi the Vietnamese text, not blank
     * @return the text
     */
    public static LocalizedText of(String vi) {
        return new LocalizedText(vi, Optional.empty());
    }

    /**
     * A text in both languages.
     *
     * @param vi the Vietnamese text, not blank
     * @param en the English text, not blank
     * @return the text
     */
    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, Optional.of(present("LocalizedText.en", en)));
    }

    /**
     * The text in {@code language}, falling back to Vietnamese when English is absent.
     *
     * @param language the language wanted
     * @return the text
     */
    public String in(Language language) {
        return language == Language.EN ? en.orElse(vi) : vi;
    }

    /**
     * The text in the language of {@code locale}: Vietnamese for any {@code vi} locale, English
     * (falling back to Vietnamese) for any other.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en.orElse(vi);
    }

    /** The English text, or the Vietnamese one when there is no English. */
    public String english() {
        return en.orElse(vi);
    }

    private static String text(String where, String text) {
        if (text == null) {
            throw missing(where);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(where + ": văn bản không được để trống, nhận được \"" + text
                    + "\" / the text must not be blank, got \"" + text + "\"");
        }
        return VietnameseText.nfc(text.strip());
    }

    private static <T> T present(String where, T value) {
        if (value == null) {
            throw missing(where);
        }
        return value;
    }

    private static IllegalArgumentException missing(String where) {
        return new IllegalArgumentException(where + ": thiếu thông tin bắt buộc, nhận được \"null\" / a required part is"
                + " missing, got \"null\"");
    }
}
