package org.haicap.core.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.haicap.core.units.UnitCode;

/**
 * Who holds the chair of the commune People's Council (Chủ tịch HĐND). Chỉ thị 45-CT/TW says the
 * Bí thư or the Phó Bí thư Thường trực holds it concurrently [C]; which one varies by commune
 * (both occur in practice) [U], so it is configuration, set per unit with
 * {@link HdndChairSettings}, never code.
 */
public enum HdndChairArrangement {
    /** The Bí thư is also Chủ tịch HĐND. */
    SECRETARY(Optional.of(PostRole.SECRETARY)),
    /** The Phó Bí thư Thường trực is also Chủ tịch HĐND. */
    STANDING_DEPUTY_SECRETARY(Optional.of(PostRole.STANDING_DEPUTY_SECRETARY)),
    /** Someone else is Chủ tịch HĐND (outside the norm of Chỉ thị 45; a warning in validation). */
    SEPARATE(Optional.empty());

    private final Optional<PostRole> concurrentWith;

    HdndChairArrangement(Optional<PostRole> concurrentWith) {
        this.concurrentWith = concurrentWith;
    }

    /** The party role whose holder also chairs the HĐND; empty for {@link #SEPARATE}. */
    public Optional<PostRole> concurrentWith() {
        return concurrentWith;
    }

    /**
     * Whether the staffing of {@code unit} on {@code asOf} follows this arrangement: every
     * holder of {@link PostRole#COUNCIL_CHAIR} also holds the party role of the arrangement.
     * A vacant chair conforms: the vacancy is not a question of the arrangement (the validation
     * module reports it under its own rule, {@code vn.commune.vacancy.council-chair}). {@link #SEPARATE} conforms when
     * no chair holder holds the Bí thư or the Phó Bí thư Thường trực post.
     */
    public boolean conforms(Staffing staffing, UnitCode unit, LocalDate asOf) {
        List<PersonId> chairs = staffing.holders(unit, PostRole.COUNCIL_CHAIR, asOf);
        if (concurrentWith.isPresent()) {
            List<PersonId> party = staffing.holders(unit, concurrentWith.get(), asOf);
            return party.containsAll(chairs);
        }
        List<PersonId> secretary = staffing.holders(unit, PostRole.SECRETARY, asOf);
        List<PersonId> standing = staffing.holders(unit, PostRole.STANDING_DEPUTY_SECRETARY, asOf);
        return chairs.stream().noneMatch(p -> secretary.contains(p) || standing.contains(p));
    }
}
