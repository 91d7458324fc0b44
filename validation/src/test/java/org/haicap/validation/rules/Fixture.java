package org.haicap.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.Person;
import org.haicap.core.people.Post;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.testing.ValidCommune;
import org.haicap.validation.testing.ValidCommuneArbitraries;

/** A fixed valid commune and a way to change its dataset's lists. */
final class Fixture {
    private Fixture() {
    }

    /** The same valid commune every time (seeded generation). */
    static ValidCommune commune() {
        return ValidCommuneArbitraries.example(UnitCode.of("00004"));
    }

    /** Mutable copies of a dataset's lists. */
    static final class Lists {
        final List<UnitCode> units;
        final List<Person> people;
        final List<Post> posts;
        final List<Appointment> appointments;
        final List<PartyOrganisation> organisations;
        final List<Congress> congresses;

        Lists(Dataset ds) {
            units = new ArrayList<>(ds.units());
            people = new ArrayList<>(ds.people());
            posts = new ArrayList<>(ds.posts());
            appointments = new ArrayList<>(ds.appointments());
            organisations = new ArrayList<>(ds.organisations());
            congresses = new ArrayList<>(ds.congresses());
        }
    }

    /** The number of findings of each rule that has any. */
    static java.util.Map<String, Long> counts(org.haicap.validation.ValidationResult r) {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        r.rules().forEach((id, s) -> {
            if (s.count() > 0) {
                m.put(id, s.count());
            }
        });
        return m;
    }

    static Dataset change(Dataset ds, Consumer<Lists> change) {
        Lists l = new Lists(ds);
        change.accept(l);
        return Dataset.builder(ds.info()).units(l.units).people(l.people).posts(l.posts).appointments(l.appointments)
                .organisations(l.organisations).committees(ds.committees()).congresses(l.congresses)
                .seals(ds.seals()).procedures(ds.procedures()).servicePoints(ds.servicePoints()).build();
    }
}
