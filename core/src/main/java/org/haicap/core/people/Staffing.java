package org.haicap.core.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.haicap.core.units.UnitCode;

/**
 * The posts of one or many units and the appointments to them, indexed for questions "as of" a
 * date (bảng phân công cán bộ): who holds a post, which seats are vacant, and how many seats are
 * filled against planned per role and per unit, such as the "2.552/4.076" executive-committee
 * seats of the Hà Nội report ({@code seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, date)}).
 *
 * <p>On a date, a post counts only if it {@linkplain Post#existsOn exists}, and an appointment
 * only if it is {@linkplain Appointment#activeOn active} and its post exists. A post's count is
 * {@link SeatCount#ofPost}: filled seats are capped at the post's seats and the rest is excess.
 *
 * <p>Appointments are indexed by post and by person; a query on one post costs the number of
 * appointments to it, a query over a role or a unit the number of its posts and their
 * appointments. This class is immutable and thread-safe.
 */
public final class Staffing implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Staffing EMPTY = new Staffing(List.of(), List.of());

    private final Map<PostId, Post> posts;
    private final Map<PostId, List<Appointment>> byPost;
    private final Map<PersonId, List<Appointment>> byPerson;
    private final Map<PostRole, List<Post>> byRole;
    private final Map<UnitCode, List<Post>> byUnit;

    private Staffing(Collection<Post> postList, Collection<Appointment> appointmentList) {
        Map<PostId, Post> p = new LinkedHashMap<>();
        Map<PostRole, List<Post>> roles = new EnumMap<>(PostRole.class);
        Map<UnitCode, List<Post>> units = new HashMap<>();
        for (Post post : postList) {
            Checks.present("post", post);
            if (p.putIfAbsent(post.id(), post) != null) {
                throw new InvalidPeopleDataException("post.id", post.id().value(),
                        "mã chức danh bị trùng", "duplicate post id");
            }
            roles.computeIfAbsent(post.role(), r -> new ArrayList<>()).add(post);
            units.computeIfAbsent(post.unit(), u -> new ArrayList<>()).add(post);
        }
        Map<PostId, List<Appointment>> bp = new HashMap<>();
        Map<PersonId, List<Appointment>> bperson = new HashMap<>();
        java.util.Set<AppointmentId> ids = new java.util.HashSet<>();
        for (Appointment a : appointmentList) {
            Checks.present("appointment", a);
            if (!ids.add(a.id())) {
                throw new InvalidPeopleDataException("appointment.id", a.id().value(),
                        "mã phân công bị trùng", "duplicate appointment id");
            }
            if (!p.containsKey(a.post())) {
                throw new InvalidPeopleDataException("appointment.post", a.id() + " → " + a.post(),
                        "phân công vào chức danh không có trong danh sách",
                        "the appointment refers to a post that is not in the list");
            }
            bp.computeIfAbsent(a.post(), x -> new ArrayList<>()).add(a);
            bperson.computeIfAbsent(a.person(), x -> new ArrayList<>()).add(a);
        }
        Comparator<Appointment> byStart = Comparator.comparing(Appointment::start)
                .thenComparing(a -> a.id().value());
        this.posts = Collections.unmodifiableMap(p);
        this.byPost = freeze(bp, byStart);
        this.byPerson = freeze(bperson, byStart);
        this.byRole = freeze(roles, null);
        this.byUnit = freeze(units, null);
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> m, Comparator<V> order) {
        for (Map.Entry<K, List<V>> e : m.entrySet()) {
            List<V> list = e.getValue();
            if (order != null) {
                list.sort(order);
            }
            e.setValue(List.copyOf(list));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The staffing of these posts and appointments.
     *
     * @param posts the posts, with distinct ids
     * @param appointments the appointments, with distinct ids, each to one of {@code posts}
     * @return the indexed staffing
     * @throws InvalidPeopleDataException if an element is null, an id repeats, or an appointment
     *     refers to a post not in {@code posts}
     */
    public static Staffing of(Collection<Post> posts, Collection<Appointment> appointments) {
        Checks.present("posts", posts);
        Checks.present("appointments", appointments);
        return new Staffing(posts, appointments);
    }

    /** No posts and no appointments. */
    public static Staffing empty() {
        return EMPTY;
    }

    /** The post with this id, if any. */
    public Optional<Post> post(PostId id) {
        return Optional.ofNullable(posts.get(id));
    }

    /** All posts, in the order given. */
    public List<Post> posts() {
        return List.copyOf(posts.values());
    }

    /** The posts of a unit, in the order given; empty for an unknown unit. */
    public List<Post> posts(UnitCode unit) {
        return byUnit.getOrDefault(unit, List.of());
    }

    /** All appointments to a post, by start date; empty for an unknown post. */
    public List<Appointment> appointments(PostId post) {
        return byPost.getOrDefault(post, List.of());
    }

    /**
     * The appointments active on {@code asOf} to a post that exists on that date, by start date.
     */
    public List<Appointment> holders(PostId post, LocalDate asOf) {
        Post p = posts.get(post);
        if (p == null || !p.existsOn(asOf)) {
            return List.of();
        }
        List<Appointment> out = new ArrayList<>();
        for (Appointment a : appointments(post)) {
            if (a.start().isAfter(asOf)) {
                break;
            }
            if (a.activeOn(asOf)) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    /** The people who hold a post of {@code role} in {@code unit} on {@code asOf}, without repeats. */
    public List<PersonId> holders(UnitCode unit, PostRole role, LocalDate asOf) {
        List<PersonId> out = new ArrayList<>();
        for (Post p : posts(unit)) {
            if (p.role() == role) {
                for (Appointment a : holders(p.id(), asOf)) {
                    if (!out.contains(a.person())) {
                        out.add(a.person());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The appointments of a person active on {@code asOf} to posts that exist then. */
    public List<Appointment> appointmentsOf(PersonId person, LocalDate asOf) {
        List<Appointment> out = new ArrayList<>();
        for (Appointment a : byPerson.getOrDefault(person, List.of())) {
            if (a.activeOn(asOf) && posts.get(a.post()).existsOn(asOf)) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    /** The seats of one post on {@code asOf}; {@link SeatCount#ZERO} if it does not exist then. */
    public SeatCount seats(PostId post, LocalDate asOf) {
        Post p = posts.get(post);
        if (p == null || !p.existsOn(asOf)) {
            return SeatCount.ZERO;
        }
        return SeatCount.ofPost(p.seats(), activeCount(post, asOf));
    }

    /** Active appointments to an existing post, counted without building a list. */
    private int activeCount(PostId post, LocalDate asOf) {
        int n = 0;
        for (Appointment a : appointments(post)) {
            if (a.start().isAfter(asOf)) {
                break;
            }
            if (a.activeOn(asOf)) {
                n++;
            }
        }
        return n;
    }

    /** The seats of all posts of {@code role} in all units on {@code asOf}. */
    public SeatCount seats(PostRole role, LocalDate asOf) {
        return sum(byRole.getOrDefault(role, List.of()), p -> true, asOf);
    }

    /** The seats of the posts of {@code role} in {@code unit} on {@code asOf}. */
    public SeatCount seats(PostRole role, UnitCode unit, LocalDate asOf) {
        return sum(posts(unit), p -> p.role() == role, asOf);
    }

    /** The seats of the given posts on {@code asOf}; unknown ids count nothing, repeated ids count once. */
    public SeatCount seats(Collection<PostId> postIds, LocalDate asOf) {
        SeatCount total = SeatCount.ZERO;
        for (PostId id : new java.util.LinkedHashSet<>(postIds)) {
            total = total.plus(seats(id, asOf));
        }
        return total;
    }

    /** The seats of the posts that satisfy {@code filter} on {@code asOf}. */
    public SeatCount seats(Predicate<Post> filter, LocalDate asOf) {
        return sum(posts.values(), filter, asOf);
    }

    /** The seats of {@code role} per unit on {@code asOf}, by unit code; units without such posts are absent. */
    public Map<UnitCode, SeatCount> seatsByUnit(PostRole role, LocalDate asOf) {
        Map<UnitCode, SeatCount> out = new TreeMap<>();
        for (Post p : byRole.getOrDefault(role, List.of())) {
            if (p.existsOn(asOf)) {
                out.merge(p.unit(), seats(p.id(), asOf), SeatCount::plus);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The seats of {@code unit} per role on {@code asOf}; roles without posts are absent. */
    public Map<PostRole, SeatCount> seatsByRole(UnitCode unit, LocalDate asOf) {
        Map<PostRole, SeatCount> out = new EnumMap<>(PostRole.class);
        for (Post p : posts(unit)) {
            if (p.existsOn(asOf)) {
                out.merge(p.role(), seats(p.id(), asOf), SeatCount::plus);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The posts that exist on {@code asOf} and have at least one vacant seat, in the order given. */
    public List<Post> vacantPosts(LocalDate asOf) {
        List<Post> out = new ArrayList<>();
        for (Post p : posts.values()) {
            if (p.existsOn(asOf) && activeCount(p.id(), asOf) < p.seats()) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** The number of posts. */
    public int postCount() {
        return posts.size();
    }

    private SeatCount sum(Collection<Post> candidates, Predicate<Post> filter, LocalDate asOf) {
        SeatCount total = SeatCount.ZERO;
        for (Post p : candidates) {
            if (filter.test(p)) {
                total = total.plus(seats(p.id(), asOf));
            }
        }
        return total;
    }

    /** Writes the posts and appointments only; reading them back rebuilds the indexes and re-runs the checks. */
    private Object writeReplace() {
        List<Appointment> all = new ArrayList<>();
        byPost.values().forEach(all::addAll);
        return new Form(List.copyOf(posts.values()), all);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("Staffing is read through its serial form");
    }

    /** The serial form of a staffing: its posts and appointments. */
    private record Form(List<Post> posts, List<Appointment> appointments) implements Serializable {
        private Object readResolve() throws java.io.ObjectStreamException {
            try {
                return Staffing.of(posts, appointments);
            } catch (RuntimeException e) {
                java.io.InvalidObjectException x = new java.io.InvalidObjectException(e.getMessage());
                x.initCause(e);
                throw x;
            }
        }
    }

    /** The numbers of posts and appointments; no personal data. */
    @Override
    public String toString() {
        return "Staffing[posts=" + posts.size() + ", appointments="
                + byPost.values().stream().mapToInt(List::size).sum() + "]";
    }
}
