package org.haicap.core.party;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.people.PartyMembership;
import org.haicap.core.people.Person;
import org.haicap.core.internal.RecordSerialForm;

/**
 * What a party member's fee for a month is computed from (căn cứ tính đảng phí): the
 * {@link MemberSituation}, the minimum-wage region where the member attends party activities,
 * the admission date (for the 50-year exemption), and the chi bộ's exemptions and reductions.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param situation what the fee is computed from
 * @param region the minimum-wage region; needed for members outside BHXH under QĐ 01-QĐ/TW
 * @param admittedOn the date of admission to the Party, if known; without it no 50-year
 *     exemption is granted
 * @param socialPensionAllowance whether the member receives the social pension allowance (trợ
 *     cấp hưu trí xã hội): exempt under QĐ 01 [C]
 * @param hardshipExemption whether the chi bộ exempted the member, on application, for special
 *     hardship (poor or near-poor household, serious illness) for the month computed [C]
 * @param reduction a reduction decided by the chi bộ, if any
 */
public record PartyFeeBasis(MemberSituation situation, Optional<WageRegion> region, Optional<LocalDate> admittedOn,
        boolean socialPensionAllowance, boolean hardshipExemption, Optional<FeeReduction> reduction)
        implements Serializable {

    /**
     * Checks the values.
     *
     * @throws InvalidPartyDataException if a value is missing
     */
    public PartyFeeBasis {
        PartyChecks.present("situation", situation);
        PartyChecks.present("region", region);
        PartyChecks.present("admittedOn", admittedOn);
        PartyChecks.present("reduction", reduction);
    }

    /** A basis with only a situation: no region, admission date, exemption or reduction. */
    public static PartyFeeBasis of(MemberSituation situation) {
        return new PartyFeeBasis(situation, Optional.empty(), Optional.empty(), false, false, Optional.empty());
    }

    /** A basis for {@code person}, taking the admission date from their Party membership, if any. */
    public static PartyFeeBasis of(Person person, MemberSituation situation) {
        PartyChecks.present("person", person);
        return of(situation).withAdmissionDate(person.partyMembership().map(PartyMembership::admittedOn));
    }

    /** This basis in {@code value}. */
    public PartyFeeBasis inRegion(WageRegion value) {
        return new PartyFeeBasis(situation, Optional.of(value), admittedOn, socialPensionAllowance,
                hardshipExemption, reduction);
    }

    /** This basis for a member admitted on {@code value}. */
    public PartyFeeBasis admittedOn(LocalDate value) {
        return withAdmissionDate(Optional.of(value));
    }

    private PartyFeeBasis withAdmissionDate(Optional<LocalDate> value) {
        return new PartyFeeBasis(situation, region, value, socialPensionAllowance, hardshipExemption, reduction);
    }

    /** This basis for a member receiving the social pension allowance. */
    public PartyFeeBasis withSocialPensionAllowance() {
        return new PartyFeeBasis(situation, region, admittedOn, true, hardshipExemption, reduction);
    }

    /** This basis for a member exempted for hardship. */
    public PartyFeeBasis withHardshipExemption() {
        return new PartyFeeBasis(situation, region, admittedOn, socialPensionAllowance, true, reduction);
    }

    /** This basis with a reduction. */
    public PartyFeeBasis withReduction(FeeReduction value) {
        return new PartyFeeBasis(situation, region, admittedOn, socialPensionAllowance, hardshipExemption,
                Optional.of(value));
    }

    /** This basis with another situation, the rest unchanged. */
    public PartyFeeBasis withSituation(MemberSituation value) {
        return new PartyFeeBasis(value, region, admittedOn, socialPensionAllowance, hardshipExemption, reduction);
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
