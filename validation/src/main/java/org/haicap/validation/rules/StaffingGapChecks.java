package org.haicap.validation.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.PostRole;
import org.haicap.core.people.SeatCount;
import org.haicap.core.people.Staffing;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;

/**
 * The dataset rules on staffing gaps that judge each commune-level unit of a dataset: vacant
 * chairs ({@link Rules#COMMUNE_VACANCY_COUNCIL_CHAIR}, {@link Rules#COMMUNE_VACANCY_COMMITTEE_CHAIR}),
 * committee seats and appointed members ({@link Rules#COMMUNE_EXECUTIVE_SEATS},
 * {@link Rules#COMMUNE_STANDING_SEATS}, {@link Rules#COMMUNE_EXECUTIVE_APPOINTED},
 * {@link Rules#COMMUNE_STANDING_APPOINTED}) and who sits where
 * ({@link Rules#COMMUNE_LEADERS_IN_STANDING}, {@link Rules#COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE}),
 * and declared single-seat posts nobody holds ({@link Rules#COMMUNE_VACANCY_DECLARED_POST}).
 *
 * <p>A chair held concurrently with a party post (kiêm nhiệm) whose party post is vacant as
 * well is one vacancy, not two: the error belongs to the party post's rule
 * ({@code vn.commune.secretary} or {@code vn.commune.deputy-secretaries}), and the chair's rule
 * reports an INFO finding naming that rule; the unit still fails the chair's measure.
 *
 * <p>Used by one {@code DatasetValidator} run; not thread-safe.
 */
final class StaffingGapChecks {

    /** The posts of the People's Council Standing Board (Thường trực HĐND), Luật 72/2025/QH15, Điều 29(2) [P]. */
    private static final Set<PostRole> COUNCIL_STANDING = EnumSet.of(PostRole.COUNCIL_CHAIR,
            PostRole.COUNCIL_VICE_CHAIR, PostRole.COUNCIL_COMMITTEE_HEAD);
    /**
     * The posts of UBND members: its chair, vice-chairs and agency heads, and the members for
     * military affairs and the police (NĐ 300/2025/NĐ-CP).
     */
    private static final Set<PostRole> COMMITTEE_MEMBERS = EnumSet.of(PostRole.COMMITTEE_CHAIR,
            PostRole.COMMITTEE_VICE_CHAIR, PostRole.OFFICE_CHIEF, PostRole.PUBLIC_SERVICE_CENTRE_DIRECTOR,
            PostRole.MILITARY_COMMANDER, PostRole.POLICE_CHIEF);
    /** The single-seat roles whose vacancy other rules judge whether a post is declared or not. */
    private static final Set<PostRole> JUDGED_ELSEWHERE = EnumSet.of(PostRole.SECRETARY,
            PostRole.STANDING_DEPUTY_SECRETARY, PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR, PostRole.COUNCIL_CHAIR,
            PostRole.COUNCIL_VICE_CHAIR, PostRole.COMMITTEE_CHAIR);
    private static final PostRole[] PARTY_LEADERS = {PostRole.SECRETARY, PostRole.STANDING_DEPUTY_SECRETARY,
        PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR};

    private final Staffing staffing;
    private final RuleParameters p;
    private final Emitter e;
    private final LocalDate asOf;

    private long units;
    private long councilChairOk;
    private long committeeChairOk;
    private SeatCount executiveSeats = SeatCount.ZERO;
    private SeatCount standingSeats = SeatCount.ZERO;
    private long executiveAppointedOk;
    private long standingAppointedOk;
    private long leadersOk;
    private long councilStandingOk;
    private long declaredOk;
    private long declared;

    StaffingGapChecks(Staffing staffing, RuleParameters p, Emitter e, LocalDate asOf) {
        this.staffing = staffing;
        this.p = p;
        this.e = e;
        this.asOf = asOf;
    }

    /** Judges one unit that exists, at {@code at} ({@code $.units[i]}). */
    void unit(UnitCode u, Location at) {
        units++;
        councilChairOk += councilChair(u, at);
        committeeChairOk += committeeChair(u, at);
        executiveSeats = executiveSeats.plus(seats(Rules.COMMUNE_EXECUTIVE_SEATS, PostRole.EXECUTIVE_COMMITTEE_MEMBER,
                u, at));
        standingSeats = standingSeats.plus(seats(Rules.COMMUNE_STANDING_SEATS, PostRole.STANDING_COMMITTEE_MEMBER, u, at));
        executiveAppointedOk += appointed(Rules.COMMUNE_EXECUTIVE_APPOINTED, PostRole.EXECUTIVE_COMMITTEE_MEMBER, u, at,
                p.staffing().executiveCommitteeMinimum());
        standingAppointedOk += appointed(Rules.COMMUNE_STANDING_APPOINTED, PostRole.STANDING_COMMITTEE_MEMBER, u, at,
                p.standingCommitteeMin());
        leadersOk += leadersInStanding(u, at);
        if (p.staffing().councilStandingOutsideCommittee()) {
            councilStandingOk += councilStandingOutsideCommittee(u, at);
        }
        declaredPosts(u, at);
    }

    /** The measures of every rule here, over the units judged. */
    void measures() {
        e.measure(Rules.COMMUNE_VACANCY_COUNCIL_CHAIR, councilChairOk, units);
        e.measure(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR, committeeChairOk, units);
        e.measure(Rules.COMMUNE_EXECUTIVE_SEATS, executiveSeats.filled(), executiveSeats.planned());
        e.measure(Rules.COMMUNE_STANDING_SEATS, standingSeats.filled(), standingSeats.planned());
        e.measure(Rules.COMMUNE_EXECUTIVE_APPOINTED, executiveAppointedOk, units);
        e.measure(Rules.COMMUNE_STANDING_APPOINTED, standingAppointedOk, units);
        e.measure(Rules.COMMUNE_LEADERS_IN_STANDING, leadersOk, units);
        if (p.staffing().councilStandingOutsideCommittee()) {
            e.measure(Rules.COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE, councilStandingOk, units);
        }
        e.measure(Rules.COMMUNE_VACANCY_DECLARED_POST, declaredOk, declared);
    }

    /** Every declared single-seat post not judged by another vacancy rule, existing on the date, has a holder. */
    private void declaredPosts(UnitCode u, Location at) {
        RuleInfo r = Rules.COMMUNE_VACANCY_DECLARED_POST;
        for (org.haicap.core.people.Post post : staffing.posts(u)) {
            if (!post.role().singleSeat() || JUDGED_ELSEWHERE.contains(post.role()) || !post.existsOn(asOf)) {
                continue;
            }
            declared++;
            if (!staffing.holders(post.id(), asOf).isEmpty()) {
                declaredOk++;
                continue;
            }
            String key = r.id() + ".message";
            e.out.add(new org.haicap.validation.Finding(r.id(), e.base(r), at.appendPath("post(" + post.id().value() + ")"),
                    RuleMessages.vi(key, u.value(), post.role().vietnamese(), post.id().value()),
                    RuleMessages.en(key, u.value(), post.role().english(), post.id().value()), "", Emitter.cited(r)));
        }
    }

    private List<PersonId> holders(UnitCode u, PostRole role) {
        return staffing.holders(u, role, asOf);
    }

    private int councilChair(UnitCode u, Location at) {
        if (!holders(u, PostRole.COUNCIL_CHAIR).isEmpty()) {
            return 1;
        }
        RuleInfo r = Rules.COMMUNE_VACANCY_COUNCIL_CHAIR;
        HdndChairArrangement arrangement = p.hdndChair().arrangementFor(u);
        Optional<PostRole> party = arrangement.concurrentWith();
        if (party.isPresent() && holders(u, party.get()).isEmpty()) {
            String covering = party.get() == PostRole.SECRETARY ? Rules.COMMUNE_SECRETARY.id()
                    : Rules.COMMUNE_DEPUTY_SECRETARIES.id();
            String key = r.id() + ".with-party-post";
            e.out.add(new org.haicap.validation.Finding(r.id(), Severity.INFO, at,
                    RuleMessages.vi(key, u.value(), party.get().vietnamese(), covering),
                    RuleMessages.en(key, u.value(), party.get().english(), covering), "", Emitter.cited(r)));
        } else {
            e.emit(r, e.base(r), at, "missing", u.value());
        }
        return 0;
    }

    private int committeeChair(UnitCode u, Location at) {
        if (!holders(u, PostRole.COMMITTEE_CHAIR).isEmpty()) {
            return 1;
        }
        RuleInfo r = Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR;
        if (holders(u, PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR).isEmpty()) {
            e.emit(r, Severity.INFO, at, "with-party-post", u.value(), Rules.COMMUNE_DEPUTY_SECRETARIES.id());
        } else {
            e.emit(r, e.base(r), at, "missing", u.value());
        }
        return 0;
    }

    private SeatCount seats(RuleInfo r, PostRole role, UnitCode u, Location at) {
        SeatCount seats = staffing.seats(role, u, asOf);
        if (seats.vacant() > 0) {
            e.emit(r, e.base(r), at, "message", u.value(), seats.filled(), seats.planned(), seats.vacant());
        }
        return seats;
    }

    private int appointed(RuleInfo r, PostRole role, UnitCode u, Location at, int minimum) {
        int n = staffing.seats(role, u, asOf).appointed();
        if (n >= minimum) {
            return 1;
        }
        e.emit(r, e.base(r), at, "message", u.value(), n, minimum);
        return 0;
    }

    private int leadersInStanding(UnitCode u, Location at) {
        List<PersonId> standing = holders(u, PostRole.STANDING_COMMITTEE_MEMBER);
        RuleInfo r = Rules.COMMUNE_LEADERS_IN_STANDING;
        int ok = 1;
        for (PostRole role : PARTY_LEADERS) {
            for (PersonId person : holders(u, role)) {
                if (!standing.contains(person)) {
                    String key = r.id() + ".message";
                    e.out.add(new org.haicap.validation.Finding(r.id(), e.base(r),
                            at.appendPath("person(" + person.value() + ")"),
                            RuleMessages.vi(key, u.value(), role.vietnamese(), person.value()),
                            RuleMessages.en(key, u.value(), role.english(), person.value()), "", Emitter.cited(r)));
                    ok = 0;
                }
            }
        }
        return ok;
    }

    private int councilStandingOutsideCommittee(UnitCode u, Location at) {
        RuleInfo r = Rules.COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE;
        int ok = 1;
        for (PostRole council : COUNCIL_STANDING) {
            for (PersonId person : holders(u, council)) {
                for (PostRole committee : COMMITTEE_MEMBERS) {
                    if (holders(u, committee).contains(person)) {
                        String key = r.id() + ".message";
                        e.out.add(new org.haicap.validation.Finding(r.id(), e.base(r),
                                at.appendPath("person(" + person.value() + ")"),
                                RuleMessages.vi(key, u.value(), council.vietnamese(), person.value(),
                                        committee.vietnamese()),
                                RuleMessages.en(key, u.value(), "the " + council.english(), person.value(),
                                        committee.english()), "", Emitter.cited(r)));
                        ok = 0;
                    }
                }
            }
        }
        return ok;
    }
}
