package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.io.ReadProblem.Reason;

class ReadSummaryProperties {

    @Provide
    Arbitrary<ReadSummary> summaries() {
        Arbitrary<List<Reason>> refusals = Arbitraries.of(Reason.class).list().ofMaxSize(20);
        return Combinators.combine(Arbitraries.integers().between(0, 20), refusals, Arbitraries.integers().between(0, 5))
                .as((accepted, refused, blanks) -> {
                    ReadSummary.Counter c = ReadSummary.counter();
                    for (int i = 0; i < accepted; i++) {
                        c.accepted();
                    }
                    refused.forEach(c::refused);
                    for (int i = 0; i < blanks; i++) {
                        c.blankLine();
                    }
                    return c.summary();
                });
    }

    @Property
    void plusIsAssociative(@ForAll("summaries") ReadSummary a, @ForAll("summaries") ReadSummary b,
            @ForAll("summaries") ReadSummary c) {
        assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    }

    @Property
    void plusIsCommutativeWithEmptyAsIdentity(@ForAll("summaries") ReadSummary a, @ForAll("summaries") ReadSummary b) {
        assertEquals(a.plus(b), b.plus(a));
        assertEquals(a, ReadSummary.EMPTY.plus(a));
    }
}
