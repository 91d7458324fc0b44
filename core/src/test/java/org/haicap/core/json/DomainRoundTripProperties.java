package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.ids.DocumentNumber;
import org.haicap.core.ids.MobileNumber;
import org.haicap.core.ids.TaxCode;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.Committee;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.Seal;
import org.haicap.core.party.Term;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.Decision;
import org.haicap.core.people.PartyMembership;
import org.haicap.core.people.Person;
import org.haicap.core.people.Post;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.procedures.Fee;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ServicePoint;
import org.haicap.core.procedures.StatusChange;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.testing.IdArbitraries;
import org.haicap.core.testing.PartyArbitraries;
import org.haicap.core.testing.PaymentArbitraries;
import org.haicap.core.testing.PeopleArbitraries;
import org.haicap.core.testing.ProcedureArbitraries;

/** Every domain type of the interchange format survives object → JSON → object. */
class DomainRoundTripProperties {
    private static final ObjectMapper MAPPER = HaicapJson.newMapper();

    static <T> void roundTrips(T value) throws IOException {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) value.getClass();
        String json = MAPPER.writeValueAsString(value);
        assertEquals(value, MAPPER.readValue(json, type), json);
        // Written again, the same text: the wire form is deterministic.
        assertEquals(json, MAPPER.writeValueAsString(MAPPER.readValue(json, type)));
    }

    @Property(tries = 200)
    void people(@ForAll("persons") Person p) throws IOException {
        roundTrips(p);
        p.citizenId().ifPresent(id -> {
            try {
                assertFalse(MAPPER.writeValueAsString(p).contains(id.masked()) && !id.masked().equals(id.value()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Property(tries = 200)
    void memberships(@ForAll("memberships") PartyMembership m) throws IOException {
        roundTrips(m);
    }

    @Property(tries = 200)
    void posts(@ForAll("posts") Post p) throws IOException {
        roundTrips(p);
    }

    @Property(tries = 200)
    void decisions(@ForAll("decisions") Decision d) throws IOException {
        roundTrips(d);
    }

    @Property(tries = 200)
    void appointments(@ForAll("appointments") Appointment a) throws IOException {
        roundTrips(a);
    }

    @Property(tries = 200)
    void organisations(@ForAll("organisations") PartyOrganisation o) throws IOException {
        roundTrips(o);
    }

    @Property(tries = 200)
    void committees(@ForAll("committees") Committee c) throws IOException {
        roundTrips(c);
    }

    @Property(tries = 200)
    void congresses(@ForAll("congresses") Congress c) throws IOException {
        roundTrips(c);
        c.held().ifPresent(d -> {
            try {
                roundTrips(d);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Property(tries = 200)
    void seals(@ForAll("seals") Seal s) throws IOException {
        roundTrips(s);
    }

    @Property(tries = 200)
    void terms(@ForAll("terms") Term t) throws IOException {
        roundTrips(t);
        assertEquals("\"" + t.startYear() + "-" + t.endYear() + "\"", MAPPER.writeValueAsString(t));
    }

    @Property(tries = 200)
    void procedures(@ForAll("procedures") Procedure p) throws IOException {
        roundTrips(p);
        for (Fee f : p.fees()) {
            roundTrips(f);
        }
        roundTrips(p.timeLimit());
    }

    @Property(tries = 200)
    void servicePoints(@ForAll("servicePoints") ServicePoint s) throws IOException {
        roundTrips(s);
    }

    @Property(tries = 200)
    void dossiers(@ForAll("dossiers") Dossier d) throws IOException {
        roundTrips(d);
        for (StatusChange c : d.history()) {
            roundTrips(c);
        }
    }

    @Property(tries = 200)
    void payments(@ForAll("payments") Payment p) throws IOException {
        roundTrips(p);
        String json = MAPPER.writeValueAsString(p);
        assertEquals(p.subject(), MAPPER.readValue(MAPPER.writeValueAsString(p.subject()), PaymentSubject.class), json);
    }

    @Property(tries = 200)
    void amounts(@ForAll("amounts") Vnd v) throws IOException {
        roundTrips(v);
        assertEquals(Long.toString(v.amount()), MAPPER.writeValueAsString(v));
    }

    @Property(tries = 100)
    void identifiers(@ForAll("citizenIds") CitizenId c, @ForAll("taxCodes") TaxCode t,
            @ForAll("mobiles") MobileNumber m, @ForAll("documentNumbers") DocumentNumber d) throws IOException {
        roundTrips(c);
        assertEquals("\"" + c.value() + "\"", MAPPER.writeValueAsString(c));
        roundTrips(t);
        roundTrips(m);
        roundTrips(d);
    }

    @Property(tries = 100)
    void datasetInfos(@ForAll("infos") DatasetInfo i) throws IOException {
        roundTrips(i);
    }

    @Provide Arbitrary<Person> persons() { return PeopleArbitraries.persons(); }
    @Provide Arbitrary<PartyMembership> memberships() { return PeopleArbitraries.partyMemberships(); }
    @Provide Arbitrary<Post> posts() { return PeopleArbitraries.posts(); }
    @Provide Arbitrary<Decision> decisions() { return PeopleArbitraries.decisions(); }
    @Provide Arbitrary<Appointment> appointments() {
        return PeopleArbitraries.postIds().flatMap(PeopleArbitraries::appointmentsTo);
    }
    @Provide Arbitrary<PartyOrganisation> organisations() { return PartyArbitraries.organisations(); }
    @Provide Arbitrary<Committee> committees() { return PartyArbitraries.committees(); }
    @Provide Arbitrary<Congress> congresses() { return PartyArbitraries.congresses(); }
    @Provide Arbitrary<Seal> seals() { return PartyArbitraries.seals(); }
    @Provide Arbitrary<Term> terms() { return PartyArbitraries.terms(); }
    @Provide Arbitrary<Procedure> procedures() { return ProcedureArbitraries.procedures(); }
    @Provide Arbitrary<ServicePoint> servicePoints() { return ProcedureArbitraries.servicePoints(); }
    @Provide Arbitrary<Dossier> dossiers() { return ProcedureArbitraries.dossiers(); }
    @Provide Arbitrary<Payment> payments() { return PaymentArbitraries.payments(); }
    @Provide Arbitrary<Vnd> amounts() { return PaymentArbitraries.amounts(); }
    @Provide Arbitrary<CitizenId> citizenIds() { return IdArbitraries.citizenIds(); }
    @Provide Arbitrary<TaxCode> taxCodes() { return IdArbitraries.taxCodes(); }
    @Provide Arbitrary<MobileNumber> mobiles() { return IdArbitraries.mobileNumbers(); }
    @Provide Arbitrary<DocumentNumber> documentNumbers() { return IdArbitraries.documentNumbers(); }
    @Provide Arbitrary<DatasetInfo> infos() { return Datasets.infos(); }
}
