package org.haicap.core.testing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.PartyMembership;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.people.Staffing;
import org.haicap.core.units.UnitCode;

/**
 * jqwik generators of valid people, posts, appointments and staffings (org.haicap.core.people)
 * for users' own property-based tests. Every value generated passes the type's checks. Needs
 * jqwik on the class path. This class is stateless and thread-safe.
 */
public final class PeopleArbitraries {
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2035, 12, 31);
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh",
            "Quang", "Hồng", "Xuân", "Thu");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải",
            "Hằng", "Hương", "Khánh", "Linh", "Long", "Mai", "Nam", "Nhật", "Phong", "Phương", "Quân", "Sơn",
            "Thảo", "Trang", "Tuấn", "Việt", "Yến");
    private static final List<String> DOCUMENTS = List.of("11-HD/TU", "09-HD/TU", "45-CT/TW", "1656/NQ-UBTVQH15",
            "150/2025/NĐ-CP", "12/QĐ-UBND", "327-QĐ/TU");

    private PeopleArbitraries() {
    }

    /** Days from 2020-01-01 to 2035-12-31. */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Well-formed commune-level unit codes (five digits; not necessarily in the catalogue). */
    public static Arbitrary<UnitCode> unitCodes() {
        return Arbitraries.integers().between(1, 32_999).map(n -> new UnitCode(String.format("%05d", n)));
    }

    /** Person ids such as {@code P-123}. */
    public static Arbitrary<PersonId> personIds() {
        return Arbitraries.integers().between(0, 999_999).map(n -> new PersonId("P-" + n));
    }

    /** Post ids such as {@code POST-123}. */
    public static Arbitrary<PostId> postIds() {
        return Arbitraries.integers().between(0, 999_999).map(n -> new PostId("POST-" + n));
    }

    /** Appointment ids such as {@code A-123}. */
    public static Arbitrary<AppointmentId> appointmentIds() {
        return Arbitraries.integers().between(0, 999_999).map(n -> new AppointmentId("A-" + n));
    }

    /** Vietnamese full names, NFC. */
    public static Arbitrary<String> fullNames() {
        return Combinators.combine(Arbitraries.of(FAMILY), Arbitraries.of(MIDDLE), Arbitraries.of(GIVEN))
                .as((f, m, g) -> f + " " + m + " " + g);
    }

    /** Vietnamese full names, half of them in NFD (decomposed), as some files carry them. */
    public static Arbitrary<String> fullNamesAnyForm() {
        return Combinators.combine(fullNames(), Arbitraries.of(true, false))
                .as((n, nfd) -> nfd ? Normalizer.normalize(n, Normalizer.Form.NFD) : n);
    }

    /** Well-formed personal identification numbers (12 digits). */
    public static Arbitrary<CitizenId> citizenIds() {
        return Arbitraries.strings().numeric().ofLength(12).map(CitizenId::new);
    }

    /** Party memberships admitted 1950–2025, half of them with a card number. */
    public static Arbitrary<PartyMembership> partyMemberships() {
        Arbitrary<LocalDate> admitted = Arbitraries.longs()
                .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(admitted, Arbitraries.of(true, false),
                Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12).optional())
                .as((a, full, card) -> new PartyMembership(a,
                        full ? Optional.of(a.plusYears(1)) : Optional.empty(), card));
    }

    /** People with any combination of optional data. */
    public static Arbitrary<Person> persons() {
        return Combinators.combine(personIds(), fullNamesAnyForm(), citizenIds().optional(),
                dates().map(d -> d.minusYears(40)).optional(),
                Arbitraries.of(CitizenId.Sex.class).optional(), partyMemberships().optional())
                .as(Person::new);
    }

    /** Post roles. */
    public static Arbitrary<PostRole> postRoles() {
        return Arbitraries.of(PostRole.class);
    }

    /** Posts in any unit with any role: 1 seat for single-seat roles, 1–40 otherwise; half have dates. */
    public static Arbitrary<Post> posts() {
        return Combinators.combine(postIds(), unitCodes(), postRoles(), Arbitraries.integers().between(1, 40),
                dates().optional(), Arbitraries.integers().between(1, 3_000).optional())
                .as((id, unit, role, seats, from, days) -> new Post(id, unit, role,
                        role.needsLabel() ? Optional.of("Cán bộ " + id) : Optional.empty(),
                        role.needsBodyName() ? Optional.of("Ban Pháp chế") : Optional.empty(),
                        role.singleSeat() ? 1 : seats, from, from.flatMap(f -> days.map(f::plusDays))));
    }

    /** Decisions with sample document numbers. */
    public static Arbitrary<Decision> decisions() {
        return Combinators.combine(Arbitraries.of(DOCUMENTS), dates()).as(Decision::of);
    }

    /** Appointments to {@code post} of any person, ongoing or ended, some concurrent. */
    public static Arbitrary<Appointment> appointmentsTo(PostId post) {
        return Combinators.combine(appointmentIds(), personIds(), dates(),
                Arbitraries.integers().between(1, 2_000).optional(), decisions(), Arbitraries.of(true, false))
                .as((id, person, start, days, decision, concurrent) -> new Appointment(id, person, post, start,
                        days.map(start::plusDays), decision, concurrent));
    }

    /**
     * Staffings of 0–{@code maxPosts} posts with distinct ids and 0–4 appointments per post,
     * with distinct appointment ids.
     */
    public static Arbitrary<Staffing> staffings(int maxPosts) {
        return posts().list().ofMaxSize(maxPosts).uniqueElements(Post::id).flatMap(posts -> {
            List<Arbitrary<List<Appointment>>> perPost = new ArrayList<>();
            for (Post p : posts) {
                perPost.add(appointmentsTo(p.id()).list().ofMaxSize(4));
            }
            return Combinators.combine(perPost).as(lists -> {
                List<Appointment> all = new ArrayList<>();
                int n = 0;
                for (List<Appointment> l : lists) {
                    for (Appointment a : l) {
                        all.add(new Appointment(new AppointmentId("A-" + n++), a.person(), a.post(), a.start(),
                                a.end(), a.decision(), a.concurrent()));
                    }
                }
                return Staffing.of(posts, all);
            });
        });
    }
}
