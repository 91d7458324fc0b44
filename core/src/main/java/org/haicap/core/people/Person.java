package org.haicap.core.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.internal.RecordSerialForm;

/**
 * A person (người) who may hold posts: an official, a party member, a council member. Modelled
 * on the Popolo Person; posts are held only through {@link Appointment}s.
 *
 * <p>This is personal data. {@link #toString()} shows only the id and the masked citizen ID,
 * never the full name; haicap never logs a person. The full name is NFC, stripped, non-blank
 * and at most {@value #MAX_NAME_LENGTH} characters. The library does not check that the birth
 * date agrees with the citizen ID's {@link CitizenId#structure() structure}: that is a finding
 * for the validation module, not a reason to refuse the record.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param id the stable identifier
 * @param fullName the full name (họ và tên), NFC
 * @param citizenId the personal identification number, if known
 * @param birthDate the date of birth, if known
 * @param sex the sex, if known
 * @param partyMembership the Party membership, empty for a person who is not a Party member
 */
public record Person(PersonId id, String fullName, Optional<CitizenId> citizenId,
        Optional<LocalDate> birthDate, Optional<CitizenId.Sex> sex,
        Optional<PartyMembership> partyMembership) implements Serializable {

    /** Longest full name accepted, in characters (code points). */
    public static final int MAX_NAME_LENGTH = 150;

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidPeopleDataException if a value is missing or the name is blank, too long
     *     or has control characters
     */
    public Person {
        Checks.present("id", id);
        fullName = Checks.text("fullName", fullName, MAX_NAME_LENGTH, true);
        Checks.present("citizenId", citizenId);
        Checks.present("birthDate", birthDate);
        Checks.present("sex", sex);
        Checks.present("partyMembership", partyMembership);
    }

    /** A person with only an id and a name. */
    public static Person of(PersonId id, String fullName) {
        return new Person(id, fullName, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This person with the given citizen ID. */
    public Person withCitizenId(CitizenId value) {
        return new Person(id, fullName, Optional.of(value), birthDate, sex, partyMembership);
    }

    /** This person with the given birth date. */
    public Person withBirthDate(LocalDate value) {
        return new Person(id, fullName, citizenId, Optional.of(value), sex, partyMembership);
    }

    /** This person with the given sex. */
    public Person withSex(CitizenId.Sex value) {
        return new Person(id, fullName, citizenId, birthDate, Optional.of(value), partyMembership);
    }

    /** This person with the given Party membership. */
    public Person withPartyMembership(PartyMembership value) {
        return new Person(id, fullName, citizenId, birthDate, sex, Optional.of(value));
    }

    /** Whether this person is a Party member (admitted, full or probationary) as of {@code asOf}. */
    public boolean partyMemberOn(LocalDate asOf) {
        return partyMembership.map(m -> !m.admittedOn().isAfter(asOf)).orElse(false);
    }

    /** The id and the masked citizen ID only: never the name. Safe to log. */
    @Override
    public String toString() {
        return "Person[id=" + id + ", citizenId=" + citizenId.map(CitizenId::masked).orElse("-") + "]";
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
