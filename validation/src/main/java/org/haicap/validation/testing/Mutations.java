package org.haicap.validation.testing;

import java.util.ArrayList;
import java.util.List;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.money.Payment;
import org.haicap.core.money.Vnd;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.rules.RuleParameters;

/**
 * Single changes (đột biến) to a {@link ValidCommune} that each break exactly one rule, for
 * property tests that check a rule fires, once, at the right place. Thread-safe: only static
 * methods; the communes are immutable.
 */
public final class Mutations {

    private Mutations() {
    }

    /** The dataset with its people and appointments replaced (the builder only adds). */
    private static Dataset rebuild(Dataset ds, List<Person> people, List<Appointment> appointments) {
        return Dataset.builder(ds.info()).units(ds.units()).people(people).posts(ds.posts())
                .appointments(appointments).organisations(ds.organisations()).committees(ds.committees())
                .congresses(ds.congresses()).seals(ds.seals()).procedures(ds.procedures())
                .servicePoints(ds.servicePoints()).build();
    }

    /**
     * Removes the appointment to the Phó Bí thư Thường trực post: breaks
     * {@code vn.commune.deputy-secretaries} at the unit ({@code $.units[0].standing}).
     */
    public static ValidCommune removeStandingDeputySecretary(ValidCommune c) {
        Dataset ds = c.dataset();
        List<Appointment> kept = new ArrayList<>();
        for (Appointment a : ds.appointments()) {
            boolean standing = ds.post(a.post()).map(p -> p.role() == PostRole.STANDING_DEPUTY_SECRETARY).orElse(false);
            if (!standing) {
                kept.add(a);
            }
        }
        return new ValidCommune(rebuild(ds, ds.people(), kept), c.asOf(), c.dossiers(), c.payments(),
                c.feeBases());
    }

    /**
     * Appoints new people to the Ban Chấp hành until it has one member more than its cap (the
     * 34th of a cap of 33): breaks {@code vn.commune.executive-committee-size} at the unit
     * ({@code $.units[0]}), a warning before 1/7/2030.
     */
    public static ValidCommune addExecutiveCommitteeMember(ValidCommune c) {
        Dataset ds = c.dataset();
        PostId bch = PostId.of(c.unit().value() + "-BCH");
        int merged = UnitCatalog.official().unit(c.unit()).orElseThrow().mergedCommuneCount();
        int cap = RuleParameters.defaults().executiveCommitteeCap(merged);
        long members = ds.appointments().stream().filter(a -> a.post().equals(bch)).count();
        List<Person> people = new ArrayList<>(ds.people());
        List<Appointment> appointments = new ArrayList<>(ds.appointments());
        Decision decision = appointments.get(0).decision();
        for (long i = members; i <= cap; i++) {
            PersonId id = PersonId.of("X" + (i + 1));
            people.add(Person.of(id, "Ngô Văn Thêm"));
            appointments.add(Appointment.of(AppointmentId.of(c.unit().value() + "-A-X" + (i + 1)), id, bch,
                    appointments.get(0).start(), decision));
        }
        return new ValidCommune(rebuild(ds, people, appointments), c.asOf(),
                c.dossiers(), c.payments(), c.feeBases());
    }

    /**
     * Appends a copy of the first dossier (needs one): breaks {@code vn.dossier.duplicate-code}
     * at the last line of the dossier stream.
     */
    public static ValidCommune duplicateDossierCode(ValidCommune c) {
        List<Dossier> d = new ArrayList<>(c.dossiers());
        d.add(d.get(0));
        return new ValidCommune(c.dataset(), c.asOf(), d, c.payments(), c.feeBases());
    }

    /**
     * Adds {@code delta} đồng to the first payment (needs one; the amount must stay positive):
     * breaks {@code vn.payment.party-fee} at line 1 of the payment stream.
     */
    public static ValidCommune changeFee(ValidCommune c, long delta) {
        List<Payment> p = new ArrayList<>(c.payments());
        Payment first = p.get(0);
        p.set(0, new Payment(first.id(), first.kind(), first.subject(), Vnd.of(first.amount().amount() + delta),
                first.channel(), first.status(), first.at(), first.reference()));
        return new ValidCommune(c.dataset(), c.asOf(), c.dossiers(), p, c.feeBases());
    }
}
