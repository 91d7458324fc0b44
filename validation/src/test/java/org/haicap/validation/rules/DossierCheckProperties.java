package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.procedures.Dossier;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;

/** Checking a stream in two pieces and merging them counts exactly what checking the whole counts. */
class DossierCheckProperties {

    private static final ValidCommune COMMUNE = Fixture.commune();

    @Property(tries = 200)
    void piecesMergeToTheWhole(@ForAll List<@IntRange(min = 0, max = 2) Integer> picks, @ForAll @IntRange(min = 0, max = 30) int split) {
        List<Dossier> rows = new ArrayList<>();
        for (int p : picks) {
            Dossier d = COMMUNE.dossiers().get(p);
            rows.add(p == 2 && rows.size() % 2 == 0 ? d.withDue(d.due().orElseThrow().plusHours(1)) : d);
        }
        int cut = Math.min(split, rows.size());
        DossierCheck whole = DossierCheck.of(COMMUNE.dataset(), COMMUNE.parameters());
        DossierCheck a = DossierCheck.of(COMMUNE.dataset(), COMMUNE.parameters());
        DossierCheck b = DossierCheck.of(COMMUNE.dataset(), COMMUNE.parameters());
        for (int i = 0; i < rows.size(); i++) {
            SourceLocation at = SourceLocation.of("f", i + 1, 1);
            whole.accepted(rows.get(i), at);
            (i < cut ? a : b).accepted(rows.get(i), at);
        }
        ValidationResult w = whole.result();
        ValidationResult m = a.merge(b).result();
        for (RuleInfo r : Rules.standard()) {
            assertEquals(w.count(r.id()), m.count(r.id()), r.id());
            assertEquals(w.measure(r.id()), m.measure(r.id()), r.id());
        }
    }
}
