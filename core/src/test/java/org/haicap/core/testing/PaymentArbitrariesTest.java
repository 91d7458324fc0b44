package org.haicap.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentKind;
import org.junit.jupiter.api.Test;

class PaymentArbitrariesTest {

    @Provide
    Arbitrary<Payment> partyFees() {
        return PaymentArbitraries.partyFeePayments();
    }

    @Property(tries = 200)
    void partyFeePaymentsHaveAMemberMonthAndOrganisation(@ForAll("partyFees") Payment p) {
        assertEquals(PaymentKind.PARTY_FEE, p.kind());
        assertTrue(p.partyFee().isPresent());
        assertTrue(p.amount().isPositive());
    }

    @Test
    void everyKindIsGenerated() {
        Set<PaymentKind> kinds = EnumSet.noneOf(PaymentKind.class);
        PaymentArbitraries.payments().sampleStream().limit(300).forEach(p -> kinds.add(p.kind()));
        assertEquals(EnumSet.allOf(PaymentKind.class), kinds);
    }
}
