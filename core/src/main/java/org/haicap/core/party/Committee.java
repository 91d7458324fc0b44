package org.haicap.core.party;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.people.SeatCount;
import org.haicap.core.people.Staffing;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A committee of a party organisation for a term (cấp ủy, ủy ban kiểm tra): the executive
 * committee (Ban Chấp hành), the standing committee (Ban Thường vụ), a cell committee (Chi ủy) or
 * the inspection committee (Ủy ban Kiểm tra).
 *
 * <p><b>How seats are filled.</b> A committee's seats are {@link org.haicap.core.people.Post}s:
 * the seats of a commune's Ban Chấp hành are one post of role
 * {@link PostRole#EXECUTIVE_COMMITTEE_MEMBER} with, say, 33 seats (or 33 single-seat posts), and
 * the people on it are the {@link org.haicap.core.people.Appointment}s to those posts. The
 * committee names those posts in {@link #seatPosts()} and holds its approved size in
 * {@link #plannedSeats()}. {@link #seats(Staffing, LocalDate)} counts the filled seats from the
 * appointments against {@code plannedSeats}: that is the "2.552/4.076" of the Hà Nội report when
 * summed over its 126 executive committees, and equals
 * {@code staffing.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, date)} when the posts' seats agree
 * with the planned sizes. A committee with no seat posts (a small cell's chi ủy, kept only as a
 * planned size) counts 0 filled seats.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param id the stable identifier
 * @param organisation the party organisation the committee belongs to
 * @param kind the kind of committee
 * @param term the term
 * @param plannedSeats the approved number of members, 1 to 1000 (Chỉ thị 45-CT/TW: BCH 27–33, BTV 9–11)
 * @param seatPosts the posts whose appointments fill the seats (copied, unmodifiable; may be empty)
 */
public record Committee(CommitteeId id, PartyOrganisationId organisation, Kind kind, Term term, int plannedSeats,
        Set<PostId> seatPosts) implements Serializable {

    /** The kind of a committee. */
    public enum Kind implements Bilingual {
        /** Ban Chấp hành: the executive committee. */
        EXECUTIVE_COMMITTEE("Ban Chấp hành", "Executive Committee", Optional.of(PostRole.EXECUTIVE_COMMITTEE_MEMBER)),
        /** Ban Thường vụ: the standing committee. */
        STANDING_COMMITTEE("Ban Thường vụ", "Standing Committee", Optional.of(PostRole.STANDING_COMMITTEE_MEMBER)),
        /** Chi ủy: the committee of a cell of 9 or more full members (at most 7 seats). */
        CELL_COMMITTEE("Chi ủy", "Cell Committee", Optional.empty()),
        /** Ủy ban Kiểm tra: the inspection committee. */
        INSPECTION_COMMITTEE("Ủy ban Kiểm tra", "Inspection Committee", Optional.empty());

        private final LocalizedText label;
        private final Optional<PostRole> seatRole;

        Kind(String vi, String en, Optional<PostRole> seatRole) {
            this.label = LocalizedText.of(vi, en);
            this.seatRole = seatRole;
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }

        /** The post role of this committee's seats in a commune, if there is one; empty for kinds whose seats are posts of role {@link PostRole#OTHER} or are not kept as posts. */
        public Optional<PostRole> seatRole() {
            return seatRole;
        }
    }

    /**
     * Checks and copies the values.
     *
     * @throws InvalidPartyDataException if a value is missing or the planned seats are out of range
     */
    public Committee {
        PartyChecks.present("id", id);
        PartyChecks.present("organisation", organisation);
        PartyChecks.present("kind", kind);
        PartyChecks.present("term", term);
        PartyChecks.present("seatPosts", seatPosts);
        if (plannedSeats < 1 || plannedSeats > 1000) {
            throw new InvalidPartyDataException("plannedSeats", Integer.toString(plannedSeats),
                    "số ủy viên dự kiến phải từ 1 đến 1000", "planned seats must be 1 to 1000");
        }
        for (PostId p : seatPosts) {
            PartyChecks.present("seatPosts", p);
        }
        seatPosts = Set.copyOf(seatPosts);
    }

    /**
     * The seats of this committee on {@code asOf}: the active appointments to its seat posts
     * (only posts that exist then) against {@link #plannedSeats()}. Filled seats are capped at
     * the planned seats; appointments beyond them are {@link SeatCount#excess()}.
     */
    public SeatCount seats(Staffing staffing, LocalDate asOf) {
        SeatCount posts = staffing.seats(seatPosts, asOf);
        int filled = Math.min(posts.filled(), plannedSeats);
        return new SeatCount(filled, plannedSeats, posts.excess() + posts.filled() - filled);
    }

    /**
     * Whether the seats of the linked posts that exist on {@code asOf} add up to
     * {@link #plannedSeats()}; a dataset rule reports it when they do not.
     */
    public boolean postsMatchPlan(Staffing staffing, LocalDate asOf) {
        return staffing.seats(seatPosts, asOf).planned() == plannedSeats;
    }
}
