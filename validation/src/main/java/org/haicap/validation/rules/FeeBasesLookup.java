package org.haicap.validation.rules;

import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.party.FeeBases;
import org.haicap.core.party.PartyFeeBasis;

/** The lookup of a {@link FeeBases} table; its members are known, so unpaid months can be judged. Immutable. */
record FeeBasesLookup(FeeBases bases) implements FeeBasisLookup {
    @Override
    public Optional<PartyFeeBasis> basis(String memberId, YearMonth month) {
        return bases.basis(memberId, month);
    }

    /** Counts only, never an amount. */
    @Override
    public String toString() {
        return "FeeBasisLookup[" + bases + "]";
    }
}
