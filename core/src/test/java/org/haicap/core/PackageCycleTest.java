package org.haicap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.haicap.core.testsupport.PackageReferences;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code money} below {@code procedures}: a fee of a procedure is an amount of money, and a
 * payment names a dossier only by its code, which lives in {@code ids}.
 */
class PackageCycleTest {

    @Test
    void moneyNamesNothingOfProcedures() {
        assertEquals(List.of(), PackageReferences.filesReferring("org.haicap.core.money", "org.haicap.core.procedures"));
    }

    @Test
    void theScanSeesTheDirectionThatIsAllowed() {
        // procedures does use money (Fee, Procedure): the scan would see a cycle coming back
        assertFalse(PackageReferences.filesReferring("org.haicap.core.procedures", "org.haicap.core.money").isEmpty());
    }

    @Test
    void idsNamesNoDomainPackage() {
        assertEquals(List.of(), PackageReferences.filesReferring("org.haicap.core.ids", "org.haicap.core.procedures"));
        assertEquals(List.of(), PackageReferences.filesReferring("org.haicap.core.ids", "org.haicap.core.money"));
    }
}
