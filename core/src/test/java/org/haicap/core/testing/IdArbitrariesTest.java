package org.haicap.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.haicap.core.ids.DocumentNumber;
import org.haicap.core.ids.TaxCode;

class IdArbitrariesTest {

    @Provide
    Arbitrary<TaxCode> branches() {
        return IdArbitraries.branchTaxCodes();
    }

    @Property(tries = 200)
    void branchCodesHaveAValidParentAndBranch(@ForAll("branches") TaxCode t) {
        assertEquals(TaxCode.Form.BRANCH, t.form());
        assertTrue(t.parent().orElseThrow().checkDigitValid(TaxCode.RemainderZero.INVALID));
        assertTrue(t.branchNumber().orElseThrow() >= 1);
    }

    @Provide
    Arbitrary<DocumentNumber> party() {
        return IdArbitraries.partyDocumentNumbers();
    }

    @Property(tries = 200)
    void partyNumbersHaveThePartyForm(@ForAll("party") DocumentNumber d) {
        assertEquals(DocumentNumber.Form.PARTY, d.form());
    }

    @Property(tries = 100)
    void digitsHaveTheLength(@ForAll("twelve") String s) {
        assertTrue(s.matches("[0-9]{12}"));
    }

    @Provide
    Arbitrary<String> twelve() {
        return IdArbitraries.digits(12);
    }
}
