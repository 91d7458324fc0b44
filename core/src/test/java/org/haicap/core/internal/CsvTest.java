package org.haicap.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shared CSV cell rules, in both of their variants. */
class CsvTest {

    @Test
    void quotesWhatRfc4180Needs() {
        assertEquals("abc", Csv.quoteIfNeeded("abc", ',', true));
        assertEquals("\"a,b\"", Csv.quoteIfNeeded("a,b", ',', false));
        assertEquals("a,b", Csv.quoteIfNeeded("a,b", ';', false));
        assertEquals("\"say \"\"hi\"\"\"", Csv.quoteIfNeeded("say \"hi\"", ',', false));
        assertEquals("\"a\r\nb\"", Csv.quoteIfNeeded("a\r\nb", ',', false));
        assertEquals("\" a\"", Csv.quoteIfNeeded(" a", ',', true));
        assertEquals(" a", Csv.quoteIfNeeded(" a", ',', false));
        assertEquals("", Csv.quoteIfNeeded("", ',', true));
    }

    @Test
    void theReportRuleNeutralisesNumbersToo() {
        assertEquals("'+1", Csv.neutralise("+1"));
        assertEquals("'=1+1", Csv.neutralise("=1+1"));
        assertEquals("\uFF1D1", Csv.neutralise("\uFF1D1"));
        assertEquals("Hà Nội", Csv.neutralise("Hà Nội"));
    }

    @Test
    void theFileRuleLeavesPlainNumbers() {
        assertEquals("+84912345678", Csv.neutraliseUnlessNumber("+84912345678"));
        assertEquals("-1,5", Csv.neutraliseUnlessNumber("-1,5"));
        assertEquals("'-1+1", Csv.neutraliseUnlessNumber("-1+1"));
        assertEquals("'\uFF1D1", Csv.neutraliseUnlessNumber("\uFF1D1"));
        assertEquals("'@SUM(A1)", Csv.neutraliseUnlessNumber("@SUM(A1)"));
    }
}
