package org.haicap.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void nfcComposesAndKeepsComposedInstances() {
        String composed = "Phường Ba Đình";
        assertSame(composed, VietnameseText.nfc(composed));
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        assertEquals(composed, VietnameseText.nfc(decomposed));
        assertTrue(VietnameseText.isNfc(composed));
    }

    @Test
    void foldStripsDiacriticsCaseAndTheDStroke() {
        assertEquals("phuong hoan kiem", VietnameseText.fold("Phường Hoàn Kiếm"));
        assertEquals("dong da", VietnameseText.fold("ĐỐNG ĐA"));
        assertEquals("dak lak", VietnameseText.fold("Đắk Lắk"));
    }

    @Test
    void foldIgnoresTonePlacementAndNormalForm() {
        assertEquals(VietnameseText.fold("Hòa"), VietnameseText.fold("Hoà"));
        assertEquals(VietnameseText.fold("Thụy"), VietnameseText.fold("Thuỵ"));
        assertEquals("thuy", VietnameseText.fold(Normalizer.normalize("Thuỵ", Normalizer.Form.NFD)));
    }

    @Test
    void foldRemovesApostrophesOfEveryStyle() {
        String expected = "ea hleo";
        for (String s : List.of("Ea H’Leo", "Ea H'Leo", "Ea H‘Leo", "Ea HʼLeo", "Ea H`Leo", "ea hleo")) {
            assertEquals(expected, VietnameseText.fold(s), s);
        }
    }

    @Test
    void foldTurnsPunctuationIntoSingleSpaces() {
        assertEquals("phuong van mieu quoc tu giam", VietnameseText.fold("  Phường Văn Miếu - Quốc Tử Giám "));
        assertEquals("p hoan kiem ha noi", VietnameseText.fold("P.Hoàn Kiếm,  Hà Nội"));
        assertEquals("", VietnameseText.fold(" -.,; "));
        assertEquals("phuong 1", VietnameseText.fold("Phường 1"));
    }

    @Test
    void spellingKeyIgnoresTonePlacementButKeepsDiacritics() {
        assertEquals(VietnameseText.spellingKey("Hòa Bình"), VietnameseText.spellingKey("Hoà Bình"));
        assertEquals(VietnameseText.spellingKey("Thụy Anh"), VietnameseText.spellingKey("thuỵ anh"));
        assertEquals(VietnameseText.spellingKey("Ea H’Leo"), VietnameseText.spellingKey("ea h'leo"));
        assertNotEquals(VietnameseText.spellingKey("Hòa"), VietnameseText.spellingKey("Hóa"));
        assertNotEquals(VietnameseText.spellingKey("Tân Thành"), VietnameseText.spellingKey("Tân Thạnh"));
        assertNotEquals(VietnameseText.spellingKey("Đông"), VietnameseText.spellingKey("Dông"));
    }

    @Test
    void collatorSortsInVietnameseAlphabeticalOrder() {
        Collator c = VietnameseText.collator();
        // Vietnamese: d < đ, so Dương before Đông; the root collation would put Đông first (o < u)
        assertTrue(c.compare("Dương", "Đông") < 0);
        List<String> names = new ArrayList<>(List.of("Ông Đình", "Ân Thi", "An Khánh", "Ba Đình", "Ăn Quán"));
        names.sort(c);
        assertEquals(List.of("An Khánh", "Ăn Quán", "Ân Thi", "Ba Đình", "Ông Đình"), names);
        assertTrue(VietnameseText.collator() != c, "a fresh instance per call");
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> VietnameseText.fold(null));
        assertThrows(NullPointerException.class, () -> VietnameseText.spellingKey(null));
        assertThrows(NullPointerException.class, () -> VietnameseText.nfc(null));
    }

    @Property
    void foldIsIdempotentAndAscii(@ForAll String s) {
        String f = VietnameseText.fold(s);
        assertEquals(f, VietnameseText.fold(f));
        assertEquals(f.strip(), f);
        assertTrue(!f.contains("  "));
    }

    @Property
    void foldDoesNotDependOnNormalForm(@ForAll String s) {
        assertEquals(VietnameseText.fold(Normalizer.normalize(s, Normalizer.Form.NFC)),
                VietnameseText.fold(Normalizer.normalize(s, Normalizer.Form.NFD)));
    }

    @Property
    void fastFoldAgreesWithTheReferenceOnVietnameseText(@ForAll("vietnamese") String s) {
        assertEquals(VietnameseText.foldSlow(s), VietnameseText.fold(s));
    }

    @Property
    void fastFoldAgreesWithTheReferenceOnAnyText(@ForAll String s) {
        assertEquals(VietnameseText.foldSlow(s), VietnameseText.fold(s));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> vietnamese() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "ÀÁẢÃẠỲÝỶỸỴ ’'‘ʼ`-.,0123456789\u0300\u0301\u0303\u0309\u0323ÆØßİ–Ωω";
        return net.jqwik.api.Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(30);
    }

    /** Every character and every pair of characters the quick NFC check trusts, against Normalizer. */
    @Test
    void theQuickNfcCheckTrustsOnlyCharactersThatAreNfcInAnyCombination() {
        StringBuilder trusted = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            trusted.append(c);
        }
        for (char c = 0x1E00; c <= 0x1EFF; c++) {
            trusted.append(c);
        }
        String all = trusted.toString();
        assertEquals(0x300 + 0x100, all.length());
        assertTrue(VietnameseText.isQuicklyNfc(all));
        assertTrue(Normalizer.isNormalized(all, Normalizer.Form.NFC));
        char[] pair = new char[2];
        int checked = 0;
        for (int i = 0; i < all.length(); i++) {
            for (int j = 0; j < all.length(); j++) {
                pair[0] = all.charAt(i);
                pair[1] = all.charAt(j);
                String s = new String(pair);
                assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), () -> Integer.toHexString(s.charAt(0))
                        + " " + Integer.toHexString(s.charAt(1)));
                checked++;
            }
        }
        assertEquals(all.length() * all.length(), checked);
        for (char c : new char[] {0x300, 0x301, 0x303, 0x309, 0x323, 0x1DFF, 0x1F00, 0xAC00, 0xD83D, 0xFFFF}) {
            assertTrue(!VietnameseText.isQuicklyNfc("a" + c), () -> Integer.toHexString(c));
        }
    }

    @Property
    void theQuickNfcCheckNeverTrustsTextThatIsNotNfc(@ForAll String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        for (String t : List.of(s, d, "Nguye\u0302\u0303n " + s)) {
            if (VietnameseText.isQuicklyNfc(t)) {
                assertTrue(Normalizer.isNormalized(t, Normalizer.Form.NFC), t);
            }
            assertEquals(Normalizer.normalize(t, Normalizer.Form.NFC), VietnameseText.nfc(t));
            assertEquals(Normalizer.isNormalized(t, Normalizer.Form.NFC), VietnameseText.isNfc(t));
        }
    }
}
