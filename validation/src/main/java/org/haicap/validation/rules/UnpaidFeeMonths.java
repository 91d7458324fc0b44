package org.haicap.validation.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.haicap.core.party.FeeBases;
import org.haicap.core.party.FeeBasisEntry;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.party.PartyFeeDue;
import org.haicap.validation.Location;
import org.haicap.validation.ValidationResult;

/**
 * The rule {@link Rules#PARTY_FEE_UNPAID_MONTHS}: a member who has not paid the party fee for
 * {@link RuleParameters#unpaidFeeMonths()} months of a calendar year (three by default) is
 * flagged for the chi bộ's review (xóa tên, Điều lệ Đảng, Điều 8) [P]. The rule cannot know
 * whether there was a valid reason, so it is a WARNING "for review", never an error.
 *
 * <p>Judged as of a date (the dataset's date): the months judged are those of its calendar year
 * before its month (the month of the date is not over), from the member's first fee-basis month
 * on. A month is unpaid when the member has a basis for it, owes more than 0 đ (exempt months are
 * not unpaid) and no succeeded party-fee payment for it was seen. Months whose fee cannot be
 * computed are not judged. Only members of a {@link FeeBases} table are judged (a lookup made with
 * {@link FeeBasisLookup#of(FeeBases)}); with another lookup or none the rule reports nothing.
 *
 * <p>Not thread-safe; pieces of a stream merge ({@link #merge}).
 */
final class UnpaidFeeMonths {
    private final FeeBases bases;
    private final LocalDate asOf;
    private final Map<String, Set<YearMonth>> paid = new HashMap<>();

    UnpaidFeeMonths(FeeBases bases, LocalDate asOf) {
        this.bases = bases;
        this.asOf = asOf;
    }

    /** Records a succeeded payment of {@code member} for {@code month}. */
    void paid(String member, YearMonth month) {
        if (!bases.entriesOf(member).isEmpty()) {
            paid.computeIfAbsent(member, k -> new HashSet<>()).add(month);
        }
    }

    /** Adds another piece's payments. */
    void merge(UnpaidFeeMonths other) {
        other.paid.forEach((m, months) -> paid.computeIfAbsent(m, k -> new HashSet<>()).addAll(months));
    }

    /**
     * Emits the findings and the measure (members without too many unpaid months / members
     * judged) into {@code b}.
     *
     * @param due the fee due for a basis and month, or null when it cannot be computed
     */
    void result(ValidationResult.Builder b, RuleParameters params, Location base,
            BiFunction<PartyFeeBasis, YearMonth, PartyFeeDue> due) {
        RuleInfo r = Rules.PARTY_FEE_UNPAID_MONTHS;
        Emitter e = new Emitter(b, params);
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        YearMonth january = YearMonth.of(asOf.getYear(), 1);
        long judged = 0;
        long ok = 0;
        for (String member : bases.members()) {
            YearMonth first = bases.entriesOf(member).stream().map(FeeBasisEntry::validFrom).min(YearMonth::compareTo)
                    .orElseThrow();
            if (first.isBefore(january)) {
                first = january;
            }
            if (first.isAfter(last)) {
                continue;
            }
            Set<YearMonth> done = paid.getOrDefault(member, Set.of());
            List<YearMonth> unpaid = new ArrayList<>();
            boolean any = false;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                var basis = bases.basis(member, m);
                if (basis.isEmpty()) {
                    continue;
                }
                PartyFeeDue d = due.apply(basis.get(), m);
                if (d == null) {
                    continue;
                }
                any = true;
                if (d.amount().isPositive() && !done.contains(m)) {
                    unpaid.add(m);
                }
            }
            if (!any) {
                continue;
            }
            judged++;
            if (unpaid.size() >= params.unpaidFeeMonths()) {
                String months = String.join(", ", unpaid.stream().map(YearMonth::toString).toList());
                e.emit(r, e.base(r), base.withKey(member), "message", member, unpaid.size(), months, asOf,
                        params.unpaidFeeMonths());
            } else {
                ok++;
            }
        }
        e.measure(r, ok, judged);
    }
}
