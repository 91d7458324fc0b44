package org.haicap.reporting.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.Seal;
import org.haicap.core.units.UnitCode;

/**
 * Seal progress (tiến độ làm con dấu) per commune and per organisation kind on an as-of date, as
 * in the Hà Nội report: "126/126 đảng ủy xã, phường đã làm dấu cho các cơ quan tham mưu, giúp
 * việc … 67/126 xã, phường đã có công văn và hồ sơ đề nghị làm dấu cho các tổ chức cơ sở đảng …
 * còn 59 đảng ủy xã, phường đang hoàn thiện hồ sơ".
 *
 * <p><b>Counting rules</b> (statuses are {@link Seal#status(LocalDate) on the as-of date}):
 * <ul>
 *   <li>{@link #communes()}: the units that have an organisation of kind
 *   {@link PartyOrganisation.Kind#COMMUNE_PARTY_COMMITTEE} (the denominator, 126).</li>
 *   <li>{@link #staffBodiesSealed()}: those units where a seal of purpose
 *   {@link Seal.Purpose#STAFF_BODIES} owned by the unit's commune party committee is
 *   {@code ISSUED} (126).</li>
 *   <li>{@link #organisationSealsRequested()}: those units where at least one seal of purpose
 *   {@link Seal.Purpose#ORGANISATION} owned by a basic organisation
 *   ({@link PartyOrganisation.Kind#basic()}) of the unit is {@code REQUESTED} or {@code ISSUED}
 *   (67).</li>
 *   <li>{@link #organisationSealsPreparing()}: {@code communes() − organisationSealsRequested()}
 *   (59).</li>
 *   <li>{@link #count(PartyOrganisation.Kind, Seal.Purpose, Seal.Status)}: seals by owner kind,
 *   purpose and status.</li>
 * </ul>
 * A seal whose owner is unknown counts only in {@link #unknownOwner()}.
 *
 * <p><b>Monoid.</b> {@link #empty(LocalDate)} and {@link #merge(SealAggregate)} form a
 * commutative monoid for one as-of date (unit sets are united, counts added); different dates
 * throw {@link AggregateMismatchException}. Immutable, thread-safe, serialisable.
 */
public final class SealAggregate implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int PURPOSES = Seal.Purpose.values().length;
    private static final int STATUSES = Seal.Status.values().length;
    private static final int CELLS = PartyOrganisation.Kind.values().length * PURPOSES * STATUSES;

    private final LocalDate asOf;
    private final Set<UnitCode> communes;
    private final Set<UnitCode> staffSealed;
    private final Set<UnitCode> requested;
    private final long[] counts;
    private final long unknownOwner;

    private SealAggregate(LocalDate asOf, Set<UnitCode> communes, Set<UnitCode> staffSealed, Set<UnitCode> requested,
            long[] counts, long unknownOwner) {
        this.asOf = asOf;
        this.communes = communes;
        this.staffSealed = staffSealed;
        this.requested = requested;
        this.counts = counts;
        this.unknownOwner = unknownOwner;
    }

    /** Nothing counted on {@code asOf}: the identity of {@link #merge}. */
    public static SealAggregate empty(LocalDate asOf) {
        return new Accumulator(asOf).snapshot();
    }

    /** A new accumulator for {@code asOf}. */
    public static Accumulator accumulator(LocalDate asOf) {
        return new Accumulator(asOf);
    }

    /** The organisations and seals of {@code dataset}; each seal is looked up to its owner in the dataset. */
    public static SealAggregate of(Dataset dataset, LocalDate asOf) {
        Accumulator a = accumulator(asOf);
        dataset.organisations().forEach(a::add);
        for (Seal s : dataset.seals()) {
            a.add(s, dataset.organisation(s.owner()));
        }
        return a.snapshot();
    }

    /**
     * Both aggregates.
     *
     * @throws AggregateMismatchException if the as-of dates differ
     */
    public SealAggregate merge(SealAggregate other) {
        return new Accumulator(asOf).addAll(this).addAll(other).snapshot();
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Units with a commune party committee. */
    public int communes() {
        return communes.size();
    }

    /** Units whose commune party committee has an issued seal for its staff bodies. */
    public int staffBodiesSealed() {
        return (int) staffSealed.stream().filter(communes::contains).count();
    }

    /** Units that have requested (or received) a seal for at least one basic organisation. */
    public int organisationSealsRequested() {
        return (int) requested.stream().filter(communes::contains).count();
    }

    /** Units with a commune party committee that have not yet requested one. */
    public int organisationSealsPreparing() {
        return communes() - organisationSealsRequested();
    }

    /** The unit codes with a commune party committee; unmodifiable, sorted. */
    public Set<UnitCode> communeUnits() {
        return communes;
    }

    /** Seals whose owner is of {@code kind}, for {@code purpose}, at {@code status} on the as-of date. */
    public long count(PartyOrganisation.Kind kind, Seal.Purpose purpose, Seal.Status status) {
        return counts[index(kind, purpose, status)];
    }

    /** Seals whose owner was not found. */
    public long unknownOwner() {
        return unknownOwner;
    }

    private static int index(PartyOrganisation.Kind kind, Seal.Purpose purpose, Seal.Status status) {
        return (kind.ordinal() * PURPOSES + purpose.ordinal()) * STATUSES + status.ordinal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealAggregate s && asOf.equals(s.asOf) && communes.equals(s.communes)
                && staffSealed.equals(s.staffSealed) && requested.equals(s.requested) && Arrays.equals(counts, s.counts)
                && unknownOwner == s.unknownOwner;
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, communes, staffSealed, requested, Arrays.hashCode(counts), unknownOwner);
    }

    @Override
    public String toString() {
        return "SealAggregate[asOf=" + asOf + ", communes=" + communes() + ", staffBodiesSealed=" + staffBodiesSealed()
                + ", organisationSealsRequested=" + organisationSealsRequested() + ", unknownOwner=" + unknownOwner + "]";
    }

    /** Counts organisations and seals one by one. Mutable and not thread-safe. */
    public static final class Accumulator {
        private final LocalDate asOf;
        private final Set<UnitCode> communes = new TreeSet<>();
        private final Set<UnitCode> staffSealed = new TreeSet<>();
        private final Set<UnitCode> requested = new TreeSet<>();
        private final long[] counts = new long[CELLS];
        private long unknownOwner;

        Accumulator(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /** Notes an organisation: a commune party committee adds its unit to the communes. Returns this. */
        public Accumulator add(PartyOrganisation organisation) {
            if (organisation.kind() == PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE) {
                communes.add(organisation.unit());
            }
            return this;
        }

        /** Counts a seal owned by {@code owner} (empty when the owner is unknown). Returns this. */
        public Accumulator add(Seal seal, Optional<PartyOrganisation> owner) {
            if (owner.isEmpty() || !owner.get().id().equals(seal.owner())) {
                unknownOwner = Math.addExact(unknownOwner, 1);
                return this;
            }
            PartyOrganisation o = owner.get();
            Seal.Status status = seal.status(asOf);
            int i = index(o.kind(), seal.purpose(), status);
            counts[i] = Math.addExact(counts[i], 1);
            if (seal.purpose() == Seal.Purpose.STAFF_BODIES && status == Seal.Status.ISSUED
                    && o.kind() == PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE) {
                staffSealed.add(o.unit());
            }
            if (seal.purpose() == Seal.Purpose.ORGANISATION && status != Seal.Status.PREPARING && o.kind().basic()) {
                requested.add(o.unit());
            }
            return this;
        }

        /**
         * Adds another aggregate of the same as-of date.
         *
         * @return this accumulator
         * @throws AggregateMismatchException if the as-of dates differ
         */
        public Accumulator addAll(SealAggregate other) {
            if (!asOf.equals(other.asOf)) {
                throw new AggregateMismatchException("SealAggregate", asOf, other.asOf);
            }
            communes.addAll(other.communes);
            staffSealed.addAll(other.staffSealed);
            requested.addAll(other.requested);
            for (int i = 0; i < CELLS; i++) {
                counts[i] = Math.addExact(counts[i], other.counts[i]);
            }
            unknownOwner = Math.addExact(unknownOwner, other.unknownOwner);
            return this;
        }

        /** The counts so far, as an immutable aggregate. */
        public SealAggregate snapshot() {
            return new SealAggregate(asOf, Collections.unmodifiableSet(new TreeSet<>(communes)),
                    Collections.unmodifiableSet(new TreeSet<>(staffSealed)),
                    Collections.unmodifiableSet(new TreeSet<>(requested)), counts.clone(), unknownOwner);
        }
    }
}
