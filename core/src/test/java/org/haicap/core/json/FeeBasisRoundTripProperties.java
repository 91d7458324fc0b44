package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.party.FeeBases;
import org.haicap.core.party.FeeBasisEntry;
import org.haicap.core.testing.FeeBasisArbitraries;

/** Fee-basis entries survive object → JSON → object, alone and as a JSON Lines stream; toString masks amounts. */
class FeeBasisRoundTripProperties {

    @Provide
    Arbitrary<FeeBasisEntry> entries() {
        return FeeBasisArbitraries.entries();
    }

    @Provide
    Arbitrary<List<FeeBasisEntry>> streams() {
        return FeeBasisArbitraries.entries().list().ofMaxSize(20).uniqueElements(e -> e.member() + e.validFrom());
    }

    @Property(tries = 300)
    void entriesRoundTrip(@ForAll("entries") FeeBasisEntry e) throws IOException {
        DomainRoundTripProperties.roundTrips(e);
    }

    @Property(tries = 100)
    void streamsRoundTripThroughTheReader(@ForAll("streams") List<FeeBasisEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<FeeBasisEntry> w = JsonLinesWriter.open(out)) {
            for (FeeBasisEntry e : entries) {
                w.write(e);
            }
        }
        FeeBasisReader.Result r = FeeBasisReader.create().read(new ByteArrayInputStream(out.toByteArray()), "fee-bases.jsonl");
        assertTrue(r.clean(), r.problems().toString());
        assertEquals(FeeBases.of(entries), r.bases());
        assertEquals(entries.size(), r.summary().accepted());
    }

    @Property(tries = 300)
    void toStringNeverShowsAnAmountInFull(@ForAll("entries") FeeBasisEntry e) {
        String s = e.toString() + " " + e.basis();
        e.amount().ifPresent(a -> {
            assertFalse(s.contains("amount=" + a.amount()), s);
            assertFalse(s.contains("=" + (a.amount() + e.allowances().map(x -> x.amount()).orElse(0L)) + "]"), s);
        });
        e.allowances().ifPresent(a -> assertFalse(s.contains("allowances=" + a.amount()), s));
    }
}
