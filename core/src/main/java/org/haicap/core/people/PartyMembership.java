package org.haicap.core.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.haicap.core.ids.Masking;
import org.haicap.core.internal.RecordSerialForm;

/**
 * A person's membership of the Party (đảng tịch): the date of admission (ngày vào Đảng), the date
 * of full membership (ngày chính thức) once the probation is over, and the party card number
 * (số thẻ đảng viên).
 *
 * <p>The admission date counts for the years of membership (tuổi Đảng), which exempt a member
 * from the party fee at 50 years (QĐ 01-QĐ/TW, Điều 5). The card number has no public format
 * [U]: it is kept as opaque text (at most 40 characters, NFC), never parsed, and masked in
 * {@link #toString()}. This is an immutable, thread-safe value type.
 *
 * @param admittedOn the date of admission to the Party
 * @param fullMemberSince the date of full membership, if the probation is over; not before admission
 * @param cardNumber the party card number, opaque, if known
 */
public record PartyMembership(LocalDate admittedOn, Optional<LocalDate> fullMemberSince,
        Optional<String> cardNumber) implements Serializable {

    /** Longest card number accepted, in characters. */
    public static final int MAX_CARD_NUMBER_LENGTH = 40;

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidPeopleDataException if a value is missing, full membership precedes
     *     admission, or the card number is blank, too long or has control characters
     */
    public PartyMembership {
        Checks.present("admittedOn", admittedOn);
        Checks.present("fullMemberSince", fullMemberSince);
        cardNumber = Checks.optionalText("cardNumber", cardNumber, MAX_CARD_NUMBER_LENGTH, true);
        if (fullMemberSince.isPresent() && fullMemberSince.get().isBefore(admittedOn)) {
            throw new InvalidPeopleDataException("fullMemberSince", fullMemberSince.get() + " < " + admittedOn,
                    "ngày chính thức không được trước ngày vào Đảng",
                    "full membership cannot start before admission");
        }
    }

    /** A membership admitted on {@code admittedOn}, with nothing else known. */
    public static PartyMembership admitted(LocalDate admittedOn) {
        return new PartyMembership(admittedOn, Optional.empty(), Optional.empty());
    }

    /** Whether the member is still on probation (đảng viên dự bị) as of {@code asOf}. */
    public boolean probationaryOn(LocalDate asOf) {
        return !admittedOn.isAfter(asOf) && fullMemberSince.map(d -> d.isAfter(asOf)).orElse(true);
    }

    /**
     * Completed years of membership (tuổi Đảng) as of {@code asOf}, counted from admission;
     * 0 before admission.
     */
    public int yearsOfMembership(LocalDate asOf) {
        return asOf.isBefore(admittedOn) ? 0 : Period.between(admittedOn, asOf).getYears();
    }

    /** The admission date and the masked card number; safe to log. */
    @Override
    public String toString() {
        return "PartyMembership[admittedOn=" + admittedOn + ", fullMemberSince="
                + fullMemberSince.map(LocalDate::toString).orElse("-") + ", cardNumber="
                + cardNumber.map(Masking::mask).orElse("-") + "]";
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
