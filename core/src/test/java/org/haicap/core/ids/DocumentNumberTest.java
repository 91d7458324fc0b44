package org.haicap.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.testing.IdArbitraries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"19/2025/QĐ-TTg", "150/2025/NĐ-CP", "03/2025/TT-VPCP", "86/2024/TT-BTC", "72/2025/QH15"})
    void normativeExamples(String text) {
        DocumentNumber d = DocumentNumber.parse(text);
        assertEquals(DocumentNumber.Form.STATE_NORMATIVE, d.form());
        assertTrue(d.year().isPresent());
        assertEquals(text, d.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1656/NQ-UBTVQH15", "1027/CTK-CSCL", "12/BC-UBND"})
    void administrativeExamples(String text) {
        DocumentNumber d = DocumentNumber.parse(text);
        assertEquals(DocumentNumber.Form.STATE_ADMINISTRATIVE, d.form());
        assertTrue(d.year().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11-HD/TU", "45-CT/TW", "150-KL/TW", "01-QĐ/TW", "31-HD/BTCTW", "01-BC/CB",
        "141-CV/VPTW/nb", "05-HD/VPTW", "399-QĐ/TW", "05-NQ/ĐU", "36-HD/VPTW"})
    void partyExamples(String text) {
        DocumentNumber d = DocumentNumber.parse(text);
        assertEquals(DocumentNumber.Form.PARTY, d.form());
        assertTrue(d.year().isEmpty());
    }

    @Test
    void partsAreDecoded() {
        DocumentNumber n = DocumentNumber.parse("150/2025/NĐ-CP");
        assertEquals(150, n.number());
        assertEquals(Optional.of(2025), n.year());
        assertEquals("NĐ-CP", n.symbol());
        DocumentNumber p = DocumentNumber.parse("141-CV/VPTW/nb");
        assertEquals(141, p.number());
        assertEquals("CV/VPTW/nb", p.symbol());
        DocumentNumber q = DocumentNumber.parse("72/2025/QH15");
        assertEquals("QH15", q.symbol());
        DocumentNumber a = DocumentNumber.parse("1656/NQ-UBTVQH15");
        assertEquals(1656, a.number());
        assertEquals("NQ-UBTVQH15", a.symbol());
    }

    @Test
    void nfdInputIsNormalised() {
        String nfc = "12/KH-SởTC";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertFalse(nfc.equals(nfd));
        DocumentNumber d = DocumentNumber.parse(nfd);
        assertEquals(nfc, d.text());
        assertEquals(DocumentNumber.parse(nfc), d);
        assertTrue(DocumentNumber.isWellFormed(nfd));
    }

    @Test
    void surroundingWhiteSpaceIsRemoved() {
        assertEquals(DocumentNumber.parse("11-HD/TU"), DocumentNumber.parse("  11-HD/TU\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "150", "150/2025", "150/2025/", "/2025/NĐ-CP", "NĐ-CP", "12/BC", "11-HD",
        "150 /2025/NĐ-CP", "11-HD/TU/nb/x", "12/BC-UBND-", "1234567/BC-UBND"})
    void refusesOtherShapes(String bad) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> DocumentNumber.parse(bad));
        assertEquals(InvalidIdentifierException.Kind.DOCUMENT_NUMBER, e.kind());
        assertFalse(DocumentNumber.isWellFormed(bad));
    }

    @Test
    void constructorRefusesPartsThatDisagree() {
        assertThrows(InvalidIdentifierException.class, () -> new DocumentNumber("11-HD/TU",
                DocumentNumber.Form.STATE_ADMINISTRATIVE, 11, Optional.empty(), "HD/TU"));
        assertThrows(InvalidIdentifierException.class, () -> new DocumentNumber("11-HD/TU",
                DocumentNumber.Form.PARTY, 12, Optional.empty(), "HD/TU"));
    }

    @Test
    void longTextIsRefusedWithAnExcerpt() {
        String longText = "1/" + "A".repeat(200) + "-B";
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> DocumentNumber.parse(longText));
        assertTrue(e.getMessage().length() < 400);
    }

    @Provide
    Arbitrary<DocumentNumber> numbers() {
        return IdArbitraries.documentNumbers();
    }

    @Property
    void parseOfToStringRoundTrips(@ForAll("numbers") DocumentNumber d) {
        assertEquals(d, DocumentNumber.parse(d.toString()));
    }
}
