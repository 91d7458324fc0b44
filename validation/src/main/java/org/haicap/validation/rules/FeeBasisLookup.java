package org.haicap.validation.rules;

import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.party.FeeBases;
import org.haicap.core.party.PartyFeeBasis;

/**
 * Where the party-fee rule finds what a member's fee is based on (căn cứ tính đảng phí) for a
 * month: salary, pension, situation. This data is not part of a dataset; the application that
 * holds it supplies the lookup. Implementations must be thread-safe when a check runs in
 * parallel pieces, and must not read the clock.
 */
@FunctionalInterface
public interface FeeBasisLookup {

    /**
     * The basis of a member's fee for a month.
     *
     * @param memberId the member id of the payment ({@code PaymentSubject.PartyFee.memberId()})
     * @param month the month paid for
     * @return the basis, or empty when unknown (the payment is then not checkable)
     */
    Optional<PartyFeeBasis> basis(String memberId, YearMonth month);

    /**
     * The lookup of a fee-basis table, such as one read from a fee-basis stream
     * ({@code FeeBasisReader}). Besides the fee-equality rule, a lookup made this way lets
     * {@code vn.party-fee.unpaid-months} know which members to judge.
     *
     * @param bases the fee bases
     * @return a thread-safe lookup
     */
    static FeeBasisLookup of(FeeBases bases) {
        return new FeeBasesLookup(java.util.Objects.requireNonNull(bases, "bases"));
    }
}
