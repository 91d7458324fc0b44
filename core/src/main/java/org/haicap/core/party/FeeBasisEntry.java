package org.haicap.core.party;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.ids.Masking;
import org.haicap.core.internal.RecordSerialForm;
import org.haicap.core.money.Vnd;

/**
 * One fee basis of a party member (căn cứ tính đảng phí) for a span of months: what the fee is
 * computed from, as a record of the interchange format's fee-basis stream
 * ({@code docs/interchange-format.md} §7.6). {@link #basis()} turns it into the
 * {@link PartyFeeBasis} the {@link PartyFeeRules} compute with.
 *
 * <p><b>Personal data.</b> The amount and the allowances are a salary, a benefit or a pension:
 * {@link #toString()} and the messages of the exceptions this type throws show them masked
 * ({@link Masking#mask(String)}), never in full. The interchange form carries them in full.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param member the member's id: the person id of the dataset and the {@code memberId} of
 *     party-fee payments
 * @param kind what the fee is computed from
 * @param amount the monthly amount in đồng (salary used as the BHXH base, benefit or pension),
 *     not negative; present exactly when {@link FeeBasisKind#needsAmount()}
 * @param allowances the allowances BHXH is computed on (phụ cấp), added to the salary, not
 *     negative; only with {@link FeeBasisKind#SALARY}
 * @param region the minimum-wage region where the member attends party activities; needed for
 *     the not-insured kinds in QĐ 01 months
 * @param admittedOn the date of admission to the Party, if known (for the 50-year exemption)
 * @param exemptions the exemptions recorded for the span (a set, in enum order; may be empty)
 * @param reduction a reduction decided by the chi bộ, if any
 * @param validFrom the first month this basis applies to
 * @param validTo the last month it applies to (inclusive), if it ends; not before {@code validFrom}
 */
public record FeeBasisEntry(String member, FeeBasisKind kind, Optional<Vnd> amount, Optional<Vnd> allowances,
        Optional<WageRegion> region, Optional<LocalDate> admittedOn, Set<FeeExemption> exemptions,
        Optional<FeeReduction> reduction, YearMonth validFrom, Optional<YearMonth> validTo) implements Serializable {

    /**
     * Checks and copies the values.
     *
     * @throws InvalidPartyDataException if a value is missing, the member id is malformed, an
     *     amount is negative, missing for a kind that needs one or given for a kind that has
     *     none, allowances are given for a kind other than salary, or {@code validTo} is before
     *     {@code validFrom}; amounts in the message are masked
     */
    public FeeBasisEntry {
        PartyChecks.id("member", member);
        PartyChecks.present("kind", kind);
        PartyChecks.present("amount", amount);
        PartyChecks.present("allowances", allowances);
        PartyChecks.present("region", region);
        PartyChecks.present("admittedOn", admittedOn);
        PartyChecks.present("exemptions", exemptions);
        PartyChecks.present("reduction", reduction);
        PartyChecks.present("validFrom", validFrom);
        PartyChecks.present("validTo", validTo);
        if (kind.needsAmount() && amount.isEmpty()) {
            throw new InvalidPartyDataException("amount", "-", "cần số tiền cho căn cứ " + kind.vietnamese(),
                    "an amount is needed for a basis of kind " + kind.name());
        }
        if (!kind.needsAmount() && amount.isPresent()) {
            throw new InvalidPartyDataException("amount", masked(amount.get()),
                    "căn cứ " + kind.vietnamese() + " không có số tiền", "a basis of kind " + kind.name()
                            + " has no amount");
        }
        amount.ifPresent(a -> nonNegative("amount", a));
        if (allowances.isPresent()) {
            if (kind != FeeBasisKind.SALARY) {
                throw new InvalidPartyDataException("allowances", masked(allowances.get()),
                        "phụ cấp chỉ đi cùng tiền lương", "allowances go with a salary only");
            }
            nonNegative("allowances", allowances.get());
            try {
                Math.addExact(amount.get().amount(), allowances.get().amount());
            } catch (ArithmeticException tooLarge) {
                throw new InvalidPartyDataException("allowances", masked(allowances.get()),
                        "tổng lương và phụ cấp quá lớn", "salary and allowances together are too large");
            }
        }
        for (FeeExemption x : exemptions) {
            PartyChecks.present("exemptions", x);
        }
        exemptions = exemptions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(exemptions));
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new InvalidPartyDataException("validTo", validFrom + ".." + validTo.get(),
                    "tháng kết thúc không được trước tháng bắt đầu", "the last month cannot be before the first");
        }
    }

    /** An open-ended basis of {@code kind} with this amount (or none), no exemption, reduction, region or admission date. */
    public static FeeBasisEntry of(String member, FeeBasisKind kind, Optional<Vnd> amount, YearMonth validFrom) {
        return new FeeBasisEntry(member, kind, amount, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                Optional.empty(), validFrom, Optional.empty());
    }

    /** A salary basis from {@code validFrom} on. */
    public static FeeBasisEntry salary(String member, long salary, YearMonth validFrom) {
        return of(member, FeeBasisKind.SALARY, Optional.of(Vnd.of(salary)), validFrom);
    }

    /** A pension basis from {@code validFrom} on. */
    public static FeeBasisEntry pension(String member, long pension, YearMonth validFrom) {
        return of(member, FeeBasisKind.PENSION, Optional.of(Vnd.of(pension)), validFrom);
    }

    /** Whether this basis applies to {@code month}. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(validFrom) && validTo.map(t -> !month.isAfter(t)).orElse(true);
    }

    /** The basis the fee rules compute with: the kind's {@link MemberSituation}, with salary and allowances added. */
    public PartyFeeBasis basis() {
        MemberSituation situation = switch (kind) {
            case SALARY -> new MemberSituation.CompulsoryInsurance(
                    Vnd.of(amount.get().amount() + allowances.map(Vnd::amount).orElse(0L)));
            case SICKNESS_OR_MATERNITY_BENEFIT -> new MemberSituation.SicknessOrMaternityBenefit(amount.get());
            case PENSION -> new MemberSituation.Pensioner(amount.get());
            case NOT_INSURED -> new MemberSituation.NotInsured(false);
            case NOT_INSURED_RETIREMENT_AGE -> new MemberSituation.NotInsured(true);
            case STUDENT -> new MemberSituation.Student();
            case ABROAD -> new MemberSituation.Abroad();
        };
        return new PartyFeeBasis(situation, region, admittedOn, exemptions.contains(FeeExemption.SOCIAL_PENSION_ALLOWANCE),
                exemptions.contains(FeeExemption.HARDSHIP), reduction);
    }

    /** This basis ending with {@code month} (inclusive). */
    public FeeBasisEntry until(YearMonth month) {
        return new FeeBasisEntry(member, kind, amount, allowances, region, admittedOn, exemptions, reduction, validFrom,
                Optional.of(month));
    }

    /** The members and months, with amounts masked: never the salary, benefit or pension itself. */
    @Override
    public String toString() {
        return "FeeBasisEntry[member=" + member + ", kind=" + kind + ", amount=" + amount.map(FeeBasisEntry::masked).orElse("-")
                + ", allowances=" + allowances.map(FeeBasisEntry::masked).orElse("-") + ", region="
                + region.map(Enum::name).orElse("-") + ", admittedOn=" + admittedOn.map(Object::toString).orElse("-")
                + ", exemptions=" + exemptions + ", reduction=" + reduction.map(Object::toString).orElse("-")
                + ", validFrom=" + validFrom + ", validTo=" + validTo.map(Object::toString).orElse("-") + "]";
    }

    /** A personal amount as output shows it: masked, only the last three digits kept. */
    static String masked(Vnd amount) {
        return Masking.mask(Long.toString(amount.amount()));
    }

    private static void nonNegative(String field, Vnd amount) {
        PartyChecks.present(field, amount);
        if (amount.amount() < 0) {
            throw new InvalidPartyDataException(field, masked(amount), "số tiền không được âm",
                    "the amount cannot be negative");
        }
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
