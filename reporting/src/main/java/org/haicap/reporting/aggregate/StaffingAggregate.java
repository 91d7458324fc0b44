package org.haicap.reporting.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostRole;
import org.haicap.core.people.SeatCount;
import org.haicap.core.people.Staffing;
import org.haicap.core.units.UnitCode;

/**
 * Seats appointed against seats planned (bố trí cán bộ) per unit and role on an as-of date,
 * such as the "2.552/4.076 đồng chí tham gia Ban Chấp hành" and "125/126 bí thư" of the Hà Nội
 * report.
 *
 * <p><b>Counting rule.</b> For each post that exists on the as-of date
 * ({@link Post#existsOn}), its {@link SeatCount} is {@link Staffing#seats(org.haicap.core.people.PostId, LocalDate)}:
 * filled = active appointments capped at the post's seats, planned = its seats, excess = the
 * rest. Counts are summed per (unit, role). A role's figure is the sum over units, so
 * {@code seats(EXECUTIVE_COMMITTEE_MEMBER)} equals
 * {@code staffing.seats(EXECUTIVE_COMMITTEE_MEMBER, asOf)}.
 *
 * <p><b>Monoid.</b> {@link #empty(LocalDate)} and {@link #merge(StaffingAggregate)} form a
 * commutative monoid for one as-of date: the aggregates of units (or of any split of the posts)
 * merge into the city's. Merging different as-of dates throws {@link AggregateMismatchException}.
 *
 * <p>This is an immutable, thread-safe, serialisable value.
 */
public final class StaffingAggregate implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A cell key. Immutable, thread-safe value, ordered by unit then role.
     *
     * @param unit the unit
     * @param role the role
     */
    public record Key(UnitCode unit, PostRole role) implements Comparable<Key>, Serializable {
        /** Checks that no value is missing. */
        public Key {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(role, "role");
        }

        @Override
        public int compareTo(Key o) {
            int c = unit.compareTo(o.unit);
            return c != 0 ? c : role.compareTo(o.role);
        }
    }

    private final LocalDate asOf;
    private final Map<Key, SeatCount> cells;

    private StaffingAggregate(LocalDate asOf, Map<Key, SeatCount> cells) {
        this.asOf = asOf;
        this.cells = cells;
    }

    /** No seats, on {@code asOf}: the identity of {@link #merge}. */
    public static StaffingAggregate empty(LocalDate asOf) {
        return new StaffingAggregate(Objects.requireNonNull(asOf, "asOf"), Map.of());
    }

    /** The seats of every post of {@code staffing} on {@code asOf}. */
    public static StaffingAggregate of(Staffing staffing, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<Key, SeatCount> out = new TreeMap<>();
        for (Post p : staffing.posts()) {
            if (p.existsOn(asOf)) {
                out.merge(new Key(p.unit(), p.role()), staffing.seats(p.id(), asOf), SeatCount::plus);
            }
        }
        return new StaffingAggregate(asOf, Collections.unmodifiableMap(out));
    }

    /** The seats of the posts and appointments of {@code dataset} on {@code asOf}. */
    public static StaffingAggregate of(Dataset dataset, LocalDate asOf) {
        return of(Staffing.of(dataset.posts(), dataset.appointments()), asOf);
    }

    /**
     * This aggregate plus the seats of one post of {@code role} in {@code unit}.
     *
     * @throws ArithmeticException if a count overflows
     */
    public StaffingAggregate add(UnitCode unit, PostRole role, SeatCount seats) {
        if (seats.equals(SeatCount.ZERO)) {
            return this;
        }
        Map<Key, SeatCount> out = new TreeMap<>(cells);
        out.merge(new Key(unit, role), seats, SeatCount::plus);
        return new StaffingAggregate(asOf, Collections.unmodifiableMap(out));
    }

    /**
     * Both aggregates' seats.
     *
     * @throws AggregateMismatchException if the as-of dates differ
     * @throws ArithmeticException if a count overflows
     */
    public StaffingAggregate merge(StaffingAggregate other) {
        if (!asOf.equals(other.asOf)) {
            throw new AggregateMismatchException("StaffingAggregate", asOf, other.asOf);
        }
        Map<Key, SeatCount> out = new TreeMap<>(cells);
        other.cells.forEach((k, v) -> out.merge(k, v, SeatCount::plus));
        return new StaffingAggregate(asOf, Collections.unmodifiableMap(out));
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The seats of {@code role} in all units. */
    public SeatCount seats(PostRole role) {
        return seats(r -> r == role);
    }

    /** The seats of the roles {@code roles} accepts, in all units ("251/252 phó bí thư": {@code PostRole::deputySecretary}). */
    public SeatCount seats(Predicate<PostRole> roles) {
        SeatCount t = SeatCount.ZERO;
        for (Map.Entry<Key, SeatCount> e : cells.entrySet()) {
            if (roles.test(e.getKey().role())) {
                t = t.plus(e.getValue());
            }
        }
        return t;
    }

    /** The seats of {@code role} in {@code unit}. */
    public SeatCount seats(PostRole role, UnitCode unit) {
        return cells.getOrDefault(new Key(unit, role), SeatCount.ZERO);
    }

    /** The seats of {@code role} per unit; units without such posts are absent. Unmodifiable, by code. */
    public Map<UnitCode, SeatCount> byUnit(PostRole role) {
        Map<UnitCode, SeatCount> out = new TreeMap<>();
        cells.forEach((k, v) -> {
            if (k.role() == role) {
                out.merge(k.unit(), v, SeatCount::plus);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** The seats per role in {@code unit}; roles without posts are absent. Unmodifiable, in role order. */
    public Map<PostRole, SeatCount> byRole(UnitCode unit) {
        Map<PostRole, SeatCount> out = new EnumMap<>(PostRole.class);
        cells.forEach((k, v) -> {
            if (k.unit().equals(unit)) {
                out.merge(k.role(), v, SeatCount::plus);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** The seats per role over all units. Unmodifiable, in role order. */
    public Map<PostRole, SeatCount> byRole() {
        Map<PostRole, SeatCount> out = new EnumMap<>(PostRole.class);
        cells.forEach((k, v) -> out.merge(k.role(), v, SeatCount::plus));
        return Collections.unmodifiableMap(out);
    }

    /** Every non-empty (unit, role) cell. Unmodifiable, ordered by key. */
    public Map<Key, SeatCount> cells() {
        return cells;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffingAggregate s && asOf.equals(s.asOf) && cells.equals(s.cells);
    }

    @Override
    public int hashCode() {
        return 31 * asOf.hashCode() + cells.hashCode();
    }

    @Override
    public String toString() {
        return "StaffingAggregate[asOf=" + asOf + ", " + byRole() + "]";
    }
}
