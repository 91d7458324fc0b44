package org.haicap.core.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.FeeBasisEntry;
import org.haicap.core.party.FeeBasisKind;
import org.haicap.core.party.FeeExemption;
import org.haicap.core.party.FeeReduction;
import org.haicap.core.party.WageRegion;

/**
 * jqwik arbitraries of party-fee bases ({@link FeeBasisEntry}): every kind, with and without
 * allowances, regions, admission dates, exemptions, reductions and an end month. Thread-safe:
 * static methods only.
 */
public final class FeeBasisArbitraries {
    private FeeBasisArbitraries() {
    }

    /** Fee-basis entries of every kind, member ids {@code DV} and six digits, months 2011–2027. */
    public static Arbitrary<FeeBasisEntry> entries() {
        Arbitrary<String> members = Arbitraries.strings().withCharRange('0', '9').ofLength(6).map(s -> "DV" + s);
        Arbitrary<FeeBasisKind> kinds = Arbitraries.of(FeeBasisKind.class);
        Arbitrary<Long> amounts = Arbitraries.longs().between(0, 200_000_000L);
        Arbitrary<Optional<Vnd>> allowances = Arbitraries.longs().between(0, 20_000_000L).map(Vnd::of).optional();
        Arbitrary<Optional<WageRegion>> regions = Arbitraries.of(WageRegion.class).optional();
        Arbitrary<Optional<LocalDate>> admitted = Arbitraries.integers().between(0, 70 * 365)
                .map(d -> LocalDate.of(1960, 1, 1).plusDays(d)).optional();
        Arbitrary<Set<FeeExemption>> exemptions = Arbitraries.of(FeeExemption.class).set().ofMaxSize(2)
                .map(s -> s.isEmpty() ? Set.<FeeExemption>of() : EnumSet.copyOf(s));
        Arbitrary<YearMonth> from = PaymentArbitraries.months();
        Arbitrary<Optional<FeeReduction>> reductions = Combinators.combine(Arbitraries.of(30, 50, 70), from,
                Arbitraries.integers().between(1, FeeReduction.MAX_MONTHS)).as(FeeReduction::of).optional();
        Arbitrary<Optional<Integer>> span = Arbitraries.integers().between(0, 60).optional();
        return Combinators.combine(members, kinds, amounts, allowances, regions, admitted, exemptions, reductions)
                .flatAs((m, k, a, al, r, ad, x, red) -> Combinators.combine(from, span).as((f, s) -> new FeeBasisEntry(m, k,
                        k.needsAmount() ? Optional.of(Vnd.of(a)) : Optional.empty(),
                        k == FeeBasisKind.SALARY ? al : Optional.empty(), r, ad, x, red, f,
                        s.map(f::plusMonths))));
    }
}
