package org.haicap.reporting;

import java.util.Optional;

/**
 * A label in Vietnamese and, optionally, English (nhãn song ngữ). English falls back to
 * Vietnamese when absent. Both are trimmed and normalised to NFC.
 *
 * <p>Immutable and thread-safe.
 *
 * @param vi the Vietnamese text, not blank
 * @param en the English text, if any (not blank when present)
 */
public record LocalizedText(String vi, Optional<String> en) {

    /** Checks and normalises both texts. */
    public LocalizedText {
        vi = Checks.text("LocalizedText.vi", vi);
        en = Checks.optional("LocalizedText.en", en).map(t -> Checks.text("LocalizedText.en", t));
    }

    /** A Vietnamese-only label; English output shows the Vietnamese text. */
    public static LocalizedText of(String vi) {
        return new LocalizedText(vi, Optional.empty());
    }

    /** A label in both languages. */
    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, Optional.of(Checks.present("LocalizedText.en", en)));
    }

    /** The text in {@code language}, falling back to Vietnamese when English is absent. */
    public String in(Language language) {
        return language == Language.EN ? en.orElse(vi) : vi;
    }
}
