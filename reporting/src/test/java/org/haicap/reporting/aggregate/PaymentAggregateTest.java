package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.core.testing.PaymentArbitraries;
import org.junit.jupiter.api.Test;

class PaymentAggregateTest {

    @Provide
    Arbitrary<List<Payment>> payments() {
        return PaymentArbitraries.payments().list().ofMaxSize(40);
    }

    private static PaymentAggregate fold(List<Payment> ps) {
        PaymentAggregate.Accumulator a = PaymentAggregate.accumulator();
        ps.forEach(a::add);
        return a.snapshot();
    }

    @Property(tries = 300)
    void isACommutativeMonoid(@ForAll("payments") List<Payment> ps, @ForAll @IntRange(max = 40) int i,
            @ForAll @IntRange(max = 40) int j) {
        Laws.check(ps, i, j, PaymentAggregate.empty(), PaymentAggregateTest::fold, PaymentAggregate::merge);
    }

    @Property(tries = 300)
    void totalsAreExact(@ForAll("payments") List<Payment> ps) {
        PaymentAggregate p = fold(ps);
        assertEquals(ps.size(), p.total().count());
        long sum = 0;
        for (Payment x : ps) {
            sum = Math.addExact(sum, x.amount().amount());
        }
        assertEquals(Vnd.of(sum), p.total().amount());
        assertEquals(ps.stream().filter(Payment::isSucceeded).count(),
                p.tally(Set.of(PaymentKind.values()), Set.of(PaymentChannel.values()), Set.of(PaymentStatus.SUCCEEDED))
                        .count());
    }

    private static Payment fee(String id, long amount, PaymentChannel channel, PaymentStatus status) {
        return Payment.partyFee(id, "M1", YearMonth.of(2025, 7), "CB-1", Vnd.of(amount), channel, status,
                LocalDateTime.of(2025, 7, 2, 10, 0), channel == PaymentChannel.CASH ? Optional.empty() : Optional.of("T" + id));
    }

    @Test
    void countsSucceededOnlinePartyFees() {
        PaymentAggregate p = PaymentAggregate.empty()
                .add(fee("1", 10_000, PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED))
                .add(fee("2", 15_930, PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED))
                .add(fee("3", 10_000, PaymentChannel.ONLINE_PORTAL, PaymentStatus.FAILED))
                .add(fee("4", 5_000, PaymentChannel.CASH, PaymentStatus.SUCCEEDED));
        assertEquals(2, p.count(PaymentKind.PARTY_FEE, PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED));
        assertEquals(Vnd.of(25_930), p.tally(PaymentKind.PARTY_FEE, PaymentChannel.ONLINE_PORTAL,
                PaymentStatus.SUCCEEDED).amount());
        assertEquals(new PaymentAggregate.Tally(3, Vnd.of(30_930)), p.succeeded(PaymentKind.PARTY_FEE));
        assertEquals(3, p.cells().size());
    }

    @Test
    void overflowThrows() {
        PaymentAggregate big = PaymentAggregate.empty()
                .add(fee("1", Long.MAX_VALUE - 1, PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED));
        PaymentAggregate more = PaymentAggregate.empty()
                .add(fee("2", 2, PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED));
        assertThrows(ArithmeticException.class, () -> big.merge(more));
    }
}
