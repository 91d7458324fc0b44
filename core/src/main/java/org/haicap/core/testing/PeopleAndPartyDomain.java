package org.haicap.core.testing;

import java.time.YearMonth;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.party.Committee;
import org.haicap.core.party.Congress;
import org.haicap.core.party.MemberSituation;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.party.PartyFeeRules;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.Seal;
import org.haicap.core.party.Term;
import org.haicap.core.people.Decision;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.Staffing;

/**
 * A jqwik domain that supplies the generators of {@link PeopleArbitraries} and
 * {@link PartyArbitraries} by type, so that a property needs only {@code @ForAll}:
 *
 * <pre>{@code
 * @Property
 * @Domain(PeopleAndPartyDomain.class)
 * void myRule(@ForAll Staffing staffing, @ForAll PartyFeeBasis basis) { ... }
 * }</pre>
 *
 * Staffings have at most 10 posts; months are fee months (April 2011 to December 2032). Needs
 * jqwik on the class path. Stateless and thread-safe.
 */
public class PeopleAndPartyDomain extends DomainContextBase {

    /** Creates the domain; jqwik calls it. */
    public PeopleAndPartyDomain() {
    }

    @Provide
    Arbitrary<PersonId> personIds() {
        return PeopleArbitraries.personIds();
    }

    @Provide
    Arbitrary<PostId> postIds() {
        return PeopleArbitraries.postIds();
    }

    @Provide
    Arbitrary<CitizenId> citizenIds() {
        return PeopleArbitraries.citizenIds();
    }

    @Provide
    Arbitrary<Person> persons() {
        return PeopleArbitraries.persons();
    }

    @Provide
    Arbitrary<Post> posts() {
        return PeopleArbitraries.posts();
    }

    @Provide
    Arbitrary<Decision> decisions() {
        return PeopleArbitraries.decisions();
    }

    @Provide
    Arbitrary<Staffing> staffings() {
        return PeopleArbitraries.staffings(10);
    }

    @Provide
    Arbitrary<PartyOrganisation> organisations() {
        return PartyArbitraries.organisations();
    }

    @Provide
    Arbitrary<Term> terms() {
        return PartyArbitraries.terms();
    }

    @Provide
    Arbitrary<Committee> committees() {
        return PartyArbitraries.committees();
    }

    @Provide
    Arbitrary<Congress> congresses() {
        return PartyArbitraries.congresses();
    }

    @Provide
    Arbitrary<Seal> seals() {
        return PartyArbitraries.seals();
    }

    @Provide
    Arbitrary<MemberSituation> situations() {
        return PartyArbitraries.memberSituations();
    }

    @Provide
    Arbitrary<PartyFeeBasis> feeBases() {
        return PartyArbitraries.feeBases();
    }

    @Provide
    Arbitrary<PartyFeeRules> feeRules() {
        return PartyArbitraries.feeRules();
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return PartyArbitraries.feeMonths();
    }
}
