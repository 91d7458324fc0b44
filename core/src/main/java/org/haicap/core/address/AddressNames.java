package org.haicap.core.address;

import java.text.Normalizer;

/** The normalisation of names in addresses: tone-mark placement, apostrophes, spaces, numbers. */
final class AddressNames {

    private AddressNames() {
    }

    static boolean isApostrophe(int cp) {
        return cp == '’' || cp == '‘' || cp == 'ʼ' || cp == '`' || cp == '′' || cp == 'ʻ' || cp == '´';
    }

    /** {@code text} with every typographic apostrophe replaced by {@code '}. */
    static String apostrophes(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isApostrophe(c)) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, '\'');
            }
        }
        return b == null ? text : b.toString();
    }

    /** {@code text} with runs of white space collapsed to one space, stripped. */
    static String spaces(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Digits only, without leading zeros ({@code 05} → {@code 5}, {@code 0} stays). */
    static String number(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isTone(int cp) {
        return cp == 0x0300 || cp == 0x0301 || cp == 0x0309 || cp == 0x0303 || cp == 0x0323;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /**
     * {@code text} (NFC) with the traditional tone-mark placement in the open syllables ending in
     * {@code oa}, {@code oe}, {@code uy} (not after {@code q}): {@code Hoà} → {@code Hòa},
     * {@code Thuỵ} → {@code Thụy}, {@code khoẻ} → {@code khỏe}. Other words are unchanged.
     */
    static String tones(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean changed = false;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                String word = text.substring(i, j);
                String fixed = toneWord(word);
                changed |= !fixed.equals(word);
                out.append(fixed);
                i = j;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return changed ? out.toString() : text;
    }

    private static String toneWord(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFD);
        // letters: base characters with the marks that follow them
        java.util.List<StringBuilder> letters = new java.util.ArrayList<>();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK && !letters.isEmpty()) {
                letters.get(letters.size() - 1).append(c);
            } else {
                letters.add(new StringBuilder().append(c));
            }
        }
        int n = letters.size();
        if (n < 2) {
            return word;
        }
        StringBuilder last = letters.get(n - 1);
        StringBuilder before = letters.get(n - 2);
        char a = Character.toLowerCase(before.charAt(0));
        char b = Character.toLowerCase(last.charAt(0));
        boolean pattern = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
        if (!pattern || before.length() != 1 || last.length() != 2 || !isTone(last.charAt(1))) {
            return word;
        }
        if (n >= 3) {
            char c = Character.toLowerCase(letters.get(n - 3).charAt(0));
            if (c == 'q' || isVowel(c)) {
                return word;
            }
        }
        char tone = last.charAt(1);
        last.setLength(1);
        before.append(tone);
        StringBuilder r = new StringBuilder(d.length());
        letters.forEach(r::append);
        return Normalizer.normalize(r, Normalizer.Form.NFC);
    }
}
