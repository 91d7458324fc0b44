package org.haicap.core.dataset;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.haicap.core.internal.StringIndex;
import org.haicap.core.party.Committee;
import org.haicap.core.party.CommitteeId;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Seal;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.procedures.ServicePoint;
import org.haicap.core.units.UnitCode;

/**
 * A dataset of reference data (bộ dữ liệu tham chiếu): the units in use, people, posts,
 * appointments, party organisations, committees, congresses, seals, procedures and service
 * points of a city or of the whole country, held in memory with indexes by id.
 *
 * <p>Dossiers and payments are not part of a dataset: they grow without bound and are streamed
 * (see {@code org.haicap.core.json}). A dataset keeps every record it is given, in order,
 * including records whose ids repeat or whose references do not resolve: finding those is the
 * job of the dataset rules in {@code haicap-validation}, and nothing is dropped here. Lookups by
 * id return the first record with that id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dataset implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DatasetInfo info;
    private final List<UnitCode> units;
    private final List<Person> people;
    private final List<Post> posts;
    private final List<Appointment> appointments;
    private final List<PartyOrganisation> organisations;
    private final List<Committee> committees;
    private final List<Congress> congresses;
    private final List<Seal> seals;
    private final List<Procedure> procedures;
    private final List<ServicePoint> servicePoints;

    private transient volatile Indexes indexes;

    private Dataset(Builder b) {
        this.info = Objects.requireNonNull(b.info, "info");
        this.units = List.copyOf(b.units);
        this.people = List.copyOf(b.people);
        this.posts = List.copyOf(b.posts);
        this.appointments = List.copyOf(b.appointments);
        this.organisations = List.copyOf(b.organisations);
        this.committees = List.copyOf(b.committees);
        this.congresses = List.copyOf(b.congresses);
        this.seals = List.copyOf(b.seals);
        this.procedures = List.copyOf(b.procedures);
        this.servicePoints = List.copyOf(b.servicePoints);
    }

    /**
     * A builder for a dataset described by {@code info}.
     *
     * @param info what the dataset is, not null
     * @return an empty builder
     */
    public static Builder builder(DatasetInfo info) {
        return new Builder(info);
    }

    /** A builder holding this dataset's records, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(info).units(units).people(people).posts(posts).appointments(appointments)
                .organisations(organisations).committees(committees).congresses(congresses).seals(seals)
                .procedures(procedures).servicePoints(servicePoints);
    }

    /** What the dataset is. */
    public DatasetInfo info() {
        return info;
    }

    /** The codes of the units (xã, phường, đặc khu) the dataset covers, in the order given. */
    public List<UnitCode> units() {
        return units;
    }

    /** The people, in the order given. */
    public List<Person> people() {
        return people;
    }

    /** The posts, planned or filled, in the order given. */
    public List<Post> posts() {
        return posts;
    }

    /** The appointments to posts, in the order given. */
    public List<Appointment> appointments() {
        return appointments;
    }

    /** The party organisations, in the order given. */
    public List<PartyOrganisation> organisations() {
        return organisations;
    }

    /** The party committees with their planned seats, in the order given. */
    public List<Committee> committees() {
        return committees;
    }

    /** The party congresses, in the order given. */
    public List<Congress> congresses() {
        return congresses;
    }

    /** The seals of party bodies and organisations, in the order given. */
    public List<Seal> seals() {
        return seals;
    }

    /** The administrative procedures offered, in the order given. */
    public List<Procedure> procedures() {
        return procedures;
    }

    /** The public-service agent points, in the order given. */
    public List<ServicePoint> servicePoints() {
        return servicePoints;
    }

    /** The first person with this id. */
    public Optional<Person> person(PersonId id) {
        return indexes().people.get(id.value());
    }

    /** The first post with this id. */
    public Optional<Post> post(PostId id) {
        return Optional.ofNullable(indexes().posts.get(id));
    }

    /** The first party organisation with this id. */
    public Optional<PartyOrganisation> organisation(PartyOrganisationId id) {
        return indexes().organisations.get(id.value());
    }

    /** The first committee with this id. */
    public Optional<Committee> committee(CommitteeId id) {
        return Optional.ofNullable(indexes().committees.get(id));
    }

    /**
     * The first procedure with this code. Procedures with per-locality versions share a code;
     * use {@link #procedures()} to see them all.
     */
    public Optional<Procedure> procedure(ProcedureCode code) {
        return Optional.ofNullable(indexes().procedures.get(code));
    }

    /** Whether the dataset covers the unit with this code. */
    public boolean coversUnit(UnitCode code) {
        return indexes().units.containsKey(code);
    }

    /** The number of records of every kind, for summaries: {@code people=…, posts=…}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        m.put("units", units.size());
        m.put("people", people.size());
        m.put("posts", posts.size());
        m.put("appointments", appointments.size());
        m.put("organisations", organisations.size());
        m.put("committees", committees.size());
        m.put("congresses", congresses.size());
        m.put("seals", seals.size());
        m.put("procedures", procedures.size());
        m.put("servicePoints", servicePoints.size());
        return Collections.unmodifiableMap(m);
    }

    private Indexes indexes() {
        Indexes i = indexes;
        if (i == null) {
            i = new Indexes(this);
            indexes = i;
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && info.equals(d.info) && units.equals(d.units) && people.equals(d.people)
                && posts.equals(d.posts) && appointments.equals(d.appointments)
                && organisations.equals(d.organisations) && committees.equals(d.committees)
                && congresses.equals(d.congresses) && seals.equals(d.seals) && procedures.equals(d.procedures)
                && servicePoints.equals(d.servicePoints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, units, people, posts, appointments, organisations, committees, congresses,
                seals, procedures, servicePoints);
    }

    /** The name, date and record counts; never personal data. */
    @Override
    public String toString() {
        return "Dataset[" + info.name() + ", asOf=" + info.asOf() + ", " + counts() + "]";
    }

    private static final class Indexes {
        final Map<UnitCode, UnitCode> units;
        final StringIndex<Person> people;
        final Map<PostId, Post> posts;
        final StringIndex<PartyOrganisation> organisations;
        final Map<CommitteeId, Committee> committees;
        final Map<ProcedureCode, Procedure> procedures;

        Indexes(Dataset d) {
            units = firstById(d.units, Function.identity());
            people = StringIndex.of(d.people, p -> p.id().value());
            posts = firstById(d.posts, Post::id);
            organisations = StringIndex.of(d.organisations, o -> o.id().value());
            committees = firstById(d.committees, Committee::id);
            procedures = firstById(d.procedures, Procedure::code);
        }

        private static <K, V> Map<K, V> firstById(List<V> values, Function<V, K> id) {
            Map<K, V> m = new HashMap<>(values.size() * 2);
            for (V v : values) {
                m.putIfAbsent(id.apply(v), v);
            }
            return m;
        }
    }

    /** Collects the records of a dataset; not thread-safe, use from one thread. */
    public static final class Builder {
        private final DatasetInfo info;
        private final List<UnitCode> units = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private final List<Appointment> appointments = new ArrayList<>();
        private final List<PartyOrganisation> organisations = new ArrayList<>();
        private final List<Committee> committees = new ArrayList<>();
        private final List<Congress> congresses = new ArrayList<>();
        private final List<Seal> seals = new ArrayList<>();
        private final List<Procedure> procedures = new ArrayList<>();
        private final List<ServicePoint> servicePoints = new ArrayList<>();

        private Builder(DatasetInfo info) {
            this.info = Objects.requireNonNull(info, "info");
        }

        /** Adds unit codes. */
        public Builder units(Collection<UnitCode> values) {
            units.addAll(values);
            return this;
        }

        /** Adds people. */
        public Builder people(Collection<Person> values) {
            people.addAll(values);
            return this;
        }

        /** Adds posts. */
        public Builder posts(Collection<Post> values) {
            posts.addAll(values);
            return this;
        }

        /** Adds appointments. */
        public Builder appointments(Collection<Appointment> values) {
            appointments.addAll(values);
            return this;
        }

        /** Adds party organisations. */
        public Builder organisations(Collection<PartyOrganisation> values) {
            organisations.addAll(values);
            return this;
        }

        /** Adds committees. */
        public Builder committees(Collection<Committee> values) {
            committees.addAll(values);
            return this;
        }

        /** Adds congresses. */
        public Builder congresses(Collection<Congress> values) {
            congresses.addAll(values);
            return this;
        }

        /** Adds seals. */
        public Builder seals(Collection<Seal> values) {
            seals.addAll(values);
            return this;
        }

        /** Adds procedures. */
        public Builder procedures(Collection<Procedure> values) {
            procedures.addAll(values);
            return this;
        }

        /** Adds public-service agent points. */
        public Builder servicePoints(Collection<ServicePoint> values) {
            servicePoints.addAll(values);
            return this;
        }

        /**
         * The dataset. Null elements are refused: a dataset never holds null.
         *
         * @return the immutable dataset
         * @throws NullPointerException if any added collection held null
         */
        public Dataset build() {
            return new Dataset(this);
        }
    }
}
