package org.haicap.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.procedures.ServicePoint;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class ProcedureArbitrariesTest {

    @Property(tries = 200)
    void proceduresAreValidAndIllustrative(@ForAll("procedures") Procedure p) {
        assertTrue(p.illustrative());
        assertEquals(p.onlineLevel().allowsOnlineFiling(), p.accepts(Channel.ONLINE));
        assertEquals(p, p.toBuilder().build());
    }

    @Property(tries = 200)
    void dossierCodesAreStructured(@ForAll("codes") DossierCode c) {
        assertTrue(DossierCode.isWellFormed(c.value()), c.value());
    }

    @Property(tries = 200)
    void dossiersHaveFullLegalHistories(@ForAll("dossiers") Dossier d) {
        assertTrue(d.fullHistory());
        assertTrue(d.history().stream().allMatch(c -> c.isLegal()));
        assertTrue(d.firstKnownStatus().isInitialFor(d.channel()));
    }

    @Property(tries = 100)
    void servicePointsAreOpenFromTheirOpeningDay(@ForAll("points") ServicePoint p) {
        assertTrue(p.isOpenOn(p.opened()));
    }

    @Test
    void someGeneratedDossiersReachEveryKindOfEnd() {
        long terminal = ProcedureArbitraries.dossiers().sampleStream().limit(300).filter(d -> !d.isOpen()).count();
        assertTrue(terminal > 0 && terminal < 300, "terminal " + terminal);
    }

    @Test
    void codesAreWellFormed() {
        ProcedureArbitraries.procedureCodes().sampleStream().limit(50)
                .forEach(c -> assertTrue(ProcedureCode.isWellFormed(c.value())));
        ProcedureArbitraries.unitCodes().sampleStream().limit(50)
                .forEach(c -> assertTrue(UnitCode.isWellFormed(c.value())));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Procedure> procedures() {
        return ProcedureArbitraries.procedures();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<DossierCode> codes() {
        return ProcedureArbitraries.dossierCodes();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Dossier> dossiers() {
        return ProcedureArbitraries.dossiers();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<ServicePoint> points() {
        return ProcedureArbitraries.servicePoints();
    }
}
