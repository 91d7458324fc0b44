package org.haicap.core.json;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.testing.PartyArbitraries;
import org.haicap.core.testing.PeopleArbitraries;
import org.haicap.core.testing.ProcedureArbitraries;
import org.haicap.core.units.ProvinceCode;

/** Generators of dataset infos and whole datasets, built from the core generators. */
final class Datasets {
    private Datasets() {
    }

    static Arbitrary<DatasetInfo> infos() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcđêơư-0123 ").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2025, 7, 1).plusDays(d));
        Arbitrary<ProvinceCode> provinces = Arbitraries.of("01", "79", "48", "31").map(ProvinceCode::of);
        Arbitrary<String> descriptions = Arbitraries.strings().withChars("Thành phố Hà Nội \"<>\\\n").ofMaxLength(40);
        return Combinators.combine(names, dates, provinces.optional(), descriptions.optional())
                .as(DatasetInfo::new);
    }

    static Arbitrary<Dataset> datasets() {
        return Combinators.combine(infos(), PeopleArbitraries.unitCodes().list().ofMaxSize(4),
                PeopleArbitraries.persons().list().ofMaxSize(4), PeopleArbitraries.posts().list().ofMaxSize(4),
                PeopleArbitraries.postIds().flatMap(PeopleArbitraries::appointmentsTo).list().ofMaxSize(4),
                PartyArbitraries.organisations().list().ofMaxSize(3), PartyArbitraries.committees().list().ofMaxSize(3),
                PartyArbitraries.congresses().list().ofMaxSize(3))
                .flatAs((info, units, people, posts, appointments, orgs, committees, congresses) -> Combinators.combine(
                        PartyArbitraries.seals().list().ofMaxSize(3), ProcedureArbitraries.procedures().list().ofMaxSize(3),
                        ProcedureArbitraries.servicePoints().list().ofMaxSize(3))
                        .as((seals, procedures, points) -> Dataset.builder(info).units(units).people(people).posts(posts)
                                .appointments(appointments).organisations(orgs).committees(committees)
                                .congresses(congresses).seals(seals).procedures(procedures).servicePoints(points)
                                .build()));
    }
}
