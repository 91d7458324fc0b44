package org.haicap.validation.rules;

import java.util.List;
import java.util.Optional;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.party.Committee;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.Seal;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;

/**
 * The party-organisation rules of DOMAIN.md §2 that {@link DatasetValidator} runs besides its
 * own: {@link Rules#PARTY_SEAL_ENTITLEMENT} over the seals and {@link Rules#PARTY_CELL_COMMITTEE}
 * over the chi ủy committees. Stateless.
 */
final class PartyRules {
    private PartyRules() {
    }

    /** Runs both rules over {@code ds}; locations are under {@code base} ({@code $.seals[i]}, {@code $.committees[i]}). */
    static void check(Dataset ds, Emitter e, Location base) {
        seals(ds, e, base);
        cellCommittees(ds, e, base);
    }

    /*
     * Seals: only basic organisations (chi bộ cơ sở, đảng bộ cơ sở) and above have one; a chi bộ
     * trực thuộc has none (DOMAIN.md §2, a law-portal answer; the regulation was not found) [P]:
     * a warning. A seal whose owner is not in the dataset cannot be judged: that is an error of
     * the data, under the same rule.
     */
    static void seals(Dataset ds, Emitter e, Location base) {
        RuleInfo r = Rules.PARTY_SEAL_ENTITLEMENT;
        List<Seal> all = ds.seals();
        long ok = 0;
        for (int i = 0; i < all.size(); i++) {
            Seal s = all.get(i);
            Location at = base.withKey(s.id().value()).withPath("$.seals[" + i + "]");
            Optional<PartyOrganisation> owner = ds.organisation(s.owner());
            if (owner.isEmpty()) {
                e.emit(r, Severity.ERROR, at.appendPath("owner"), "owner", s.id().value(), s.owner().value());
            } else if (!owner.get().kind().hasSeal()) {
                PartyOrganisation.Kind k = owner.get().kind();
                e.emit(r, e.base(r), at.appendPath("owner"), "message", s.id().value(), s.owner().value(),
                        k.vietnamese(), k.english());
            } else {
                ok++;
            }
        }
        e.measure(r, ok, all.size());
    }

    /*
     * Chi ủy: a chi bộ of 9 or more full members elects a chi ủy of at most 7; under 9 it elects
     * a bí thư (and a phó bí thư if needed), no chi ủy (QĐ 29-QĐ/TW item 24, QĐ 294-QĐ/TW) [C].
     * A chi bộ of 9 or more without a chi ủy in the dataset is not reported: datasets need not
     * list cell committees.
     */
    static void cellCommittees(Dataset ds, Emitter e, Location base) {
        RuleInfo r = Rules.PARTY_CELL_COMMITTEE;
        int threshold = e.params.cellCommitteeThreshold();
        int max = e.params.cellCommitteeMax();
        List<Committee> all = ds.committees();
        long ok = 0;
        long total = 0;
        for (int i = 0; i < all.size(); i++) {
            Committee c = all.get(i);
            if (c.kind() != Committee.Kind.CELL_COMMITTEE) {
                continue;
            }
            total++;
            Location at = base.withKey(c.id().value()).withPath("$.committees[" + i + "]");
            Optional<PartyOrganisation> org = ds.organisation(c.organisation());
            boolean good = true;
            if (org.isEmpty()) {
                e.emit(r, e.base(r), at.appendPath("organisation"), "organisation", c.id().value(), c.organisation().value());
                good = false;
            } else if (!org.get().kind().cell()) {
                PartyOrganisation.Kind k = org.get().kind();
                e.emit(r, e.base(r), at.appendPath("organisation"), "not-cell", c.id().value(), c.organisation().value(),
                        k.vietnamese(), k.english());
                good = false;
            } else if (org.get().fullMembers() < threshold) {
                e.emit(r, e.base(r), at.appendPath("organisation"), "small", c.id().value(), c.organisation().value(),
                        org.get().fullMembers(), threshold);
                good = false;
            }
            if (c.plannedSeats() > max) {
                e.emit(r, e.base(r), at.appendPath("plannedSeats"), "size", c.id().value(), c.plannedSeats(), max);
                good = false;
            }
            ok += good ? 1 : 0;
        }
        e.measure(r, ok, total);
    }
}
