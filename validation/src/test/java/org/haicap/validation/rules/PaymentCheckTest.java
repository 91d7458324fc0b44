package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** For each payment rule a passing and a failing case, named by the regulation it encodes. */
class PaymentCheckTest {

    private final ValidCommune commune = Fixture.commune();
    private final Payment good = commune.payments().get(0);

    private ValidationResult run(RuleParameters p, Payment... ps) {
        PaymentCheck c = PaymentCheck.of(commune.dataset(), p);
        for (int i = 0; i < ps.length; i++) {
            c.accepted(ps[i], SourceLocation.of("p.jsonl", i + 1, 1));
        }
        return c.result();
    }

    private ValidationResult run(Payment... ps) {
        return run(commune.parameters(), ps);
    }

    /** The good payment again under another id and bank reference. */
    private Payment again(String n) {
        return fee(good.id() + "-" + n, "P001", good.partyFee().orElseThrow().organisationId(), good.amount().amount(),
                good.reference().orElseThrow() + "-" + n);
    }

    private static Map<String, Long> counts(ValidationResult r) {
        return Fixture.counts(r);
    }

    private Payment fee(String id, String member, String org, long amount, String reference) {
        return Payment.partyFee(id, member, YearMonth.of(2026, 3), org, Vnd.of(amount), PaymentChannel.BANK_TRANSFER,
                PaymentStatus.SUCCEEDED, LocalDateTime.of(2026, 3, 10, 9, 0), Optional.of(reference));
    }

    @Test
    @RuleCase(value = {
            "vn.payment.amount", "vn.payment.party-fee", "vn.payment.duplicate-reference", "vn.payment.references"}, outcome = RuleCase.Outcome.PASSES)
    @DisplayName("valid party-fee payments pass every payment rule with complete measures")
    void valid() {
        ValidationResult r = run(commune.payments().toArray(new Payment[0]));
        assertEquals(Map.of(), counts(r));
        assertTrue(r.measure(Rules.PAYMENT_PARTY_FEE.id()).orElseThrow().complete());
        assertEquals(commune.payments().size(), r.measure(Rules.PAYMENT_AMOUNT.id()).orElseThrow().total());
    }

    @Test
    @RuleCase(value = "vn.payment.party-fee", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Quy định 01-QĐ/TW: a party fee 1 đồng above the fee due is an error at the amount")
    void feeDiffers() {
        Payment off = fee(good.id(), "P001", good.partyFee().orElseThrow().organisationId(), good.amount().amount() + 1,
                "TX-OFF");
        ValidationResult r = run(off);
        assertEquals(Map.of(Rules.PAYMENT_PARTY_FEE.id(), 1L), counts(r));
        assertEquals("amount", r.findings(Rules.PAYMENT_PARTY_FEE.id()).get(0).location().path());
    }

    @Test
    @DisplayName("Quy định 01-QĐ/TW: without a fee-basis lookup the payments are counted as not checked, no finding, no measure")
    void notCheckable() {
        ValidationResult r = run(RuleParameters.defaults(), good, again("2"));
        assertEquals(0, r.totalCount(), r.summary(Locale.ENGLISH));
        assertEquals(Optional.empty(), r.measure(Rules.PAYMENT_PARTY_FEE.id()));
        ValidationResult.NotChecked n = r.notChecked(Rules.PAYMENT_PARTY_FEE.id());
        assertEquals(2, n.count());
        assertTrue(n.vietnamese().contains("căn cứ tính đảng phí"), n.vietnamese());
        assertTrue(n.english().contains("fee-basis lookup"), n.english());
        assertTrue(r.summary(Locale.ENGLISH).contains("2 items not checked: no fee-basis lookup"), r.summary(Locale.ENGLISH));
        RuleParameters noBasis = RuleParameters.builder().feeBasis((m, month) -> Optional.empty()).build();
        ValidationResult withLookup = run(noBasis, good);
        assertEquals(1, withLookup.count(Severity.INFO));
        assertEquals(0, withLookup.notChecked(Rules.PAYMENT_PARTY_FEE.id()).count());
    }

    @Test
    @DisplayName("the not-checked count of pieces merged as results equals the whole stream's")
    void notCheckedMergesAsResults() {
        ValidationResult whole = run(RuleParameters.defaults(), good, again("2"), again("3"));
        ValidationResult pieces = run(RuleParameters.defaults(), good).merge(run(RuleParameters.defaults(), again("2")))
                .merge(run(RuleParameters.defaults(), again("3")));
        assertEquals(3, pieces.notChecked(Rules.PAYMENT_PARTY_FEE.id()).count());
        assertEquals(whole.notChecked(Rules.PAYMENT_PARTY_FEE.id()), pieces.notChecked(Rules.PAYMENT_PARTY_FEE.id()));
        assertEquals(whole.count(Severity.INFO), pieces.count(Severity.INFO));
    }

    @Test
    @RuleCase(value = "vn.payment.duplicate-reference", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a repeated transaction reference is an error at the later row")
    void duplicateReference() {
        Payment second = fee("PAY-2", "P001", good.partyFee().orElseThrow().organisationId(), good.amount().amount(),
                good.reference().orElseThrow());
        ValidationResult r = run(good, second);
        assertEquals(Map.of(Rules.PAYMENT_DUPLICATE_REFERENCE.id(), 1L), counts(r));
        assertEquals(2, r.findings(Rules.PAYMENT_DUPLICATE_REFERENCE.id()).get(0).location().line());
    }

    @Test
    @RuleCase(value = "vn.payment.references", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a party fee naming an unknown member or organisation is an error")
    void references() {
        String org = good.partyFee().orElseThrow().organisationId();
        ValidationResult r = run(RuleParameters.defaults(), fee("A", "NOBODY", org, 1000, "T1"),
                fee("B", "P001", "NO-ORG", 1000, "T2"), fee("C", "not an id!", org, 1000, "T3"));
        assertEquals(3, r.count(Rules.PAYMENT_REFERENCES.id()));
        assertEquals("subject.memberId", r.findings(Rules.PAYMENT_REFERENCES.id()).get(0).location().path());
    }

    @Test
    @RuleCase(value = "vn.payment.amount", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("a non-positive amount, refused by the domain, counts for vn.payment.amount")
    void amount() {
        PaymentCheck c = PaymentCheck.of(commune.dataset(), commune.parameters());
        c.refused(ReadProblem.of(SourceLocation.of("p.jsonl", 3, 1).withPath("$.amount"),
                ReadProblem.Reason.INVALID_VALUE, "số tiền phải lớn hơn 0", "the amount must be positive", "-5"));
        c.accepted(good, SourceLocation.of("p.jsonl", 4, 1));
        ValidationResult r = c.result();
        assertEquals(Map.of(Rules.PAYMENT_AMOUNT.id(), 1L), counts(r));
        // the refused row failed the rule: its measure counts it, so it cannot read "all passed" beside the error
        assertEquals("1/2", r.measure(Rules.PAYMENT_AMOUNT.id()).orElseThrow().toString().replace(" ", ""));
        assertEquals(1, c.rowsRefused());
        assertEquals(1, c.rowsAccepted());
    }

    @Test
    @DisplayName("merging pieces finds a reference repeated across them")
    void merge() {
        PaymentCheck a = PaymentCheck.of(commune.dataset(), commune.parameters());
        PaymentCheck b = PaymentCheck.of(commune.dataset(), commune.parameters());
        a.accepted(good, SourceLocation.of("p1", 1, 1));
        b.accepted(good, SourceLocation.of("p2", 1, 1));
        ValidationResult r = a.merge(b).result();
        assertEquals(1, r.count(Rules.PAYMENT_DUPLICATE_REFERENCE.id()));
        assertEquals("p2", r.findings(Rules.PAYMENT_DUPLICATE_REFERENCE.id()).get(0).location().source());
    }
}
