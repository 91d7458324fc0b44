package org.haicap.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
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

            private final Dataset source;

        Lists(Dataset ds) {
            source = ds;
            units = new ArrayList<>(ds.units());
            people = new ArrayList<>(ds.people());
            posts = new ArrayList<>(ds.posts());
            appointments = new ArrayList<>(ds.appointments());
            organisations = new ArrayList<>(ds.organisations());
            congresses = new ArrayList<>(ds.congresses());
        }

        /** Removes every appointment to a post of {@code role}. */
        void removeRole(PostRole role) {
            appointments.removeIf(a -> source.post(a.post()).map(p -> p.role() == role).orElse(false));
        }

        /** Adds an appointment of {@code person} to the post {@code <unit>-<post>} from 1/7/2025. */
        void appoint(String unit, String post, String person) {
            appointments.add(Appointment.of(AppointmentId.of("NEW-" + post + "-" + person + "-" + appointments.size()),
                    PersonId.of(person), PostId.of(unit + "-" + post), LocalDate.of(2025, 7, 1),
                    Decision.of("16-QĐ/TU", LocalDate.of(2025, 6, 30))));
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
