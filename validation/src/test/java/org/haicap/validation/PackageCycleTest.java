package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.haicap.core.testsupport.PackageReferences;
import org.junit.jupiter.api.Test;

/**
 * Keeps the API package {@code constraints} free of the internal validators: the validators
 * implement the constraints and are registered as services, the constraints name none of them.
 */
class PackageCycleTest {

    @Test
    void constraintsNameNothingInternal() {
        assertEquals(List.of(), PackageReferences.filesReferring(
                "org.haicap.validation.constraints", "org.haicap.validation.internal"));
    }

    @Test
    void theScanSeesTheDirectionThatIsAllowed() {
        assertFalse(PackageReferences.filesReferring(
                "org.haicap.validation.internal", "org.haicap.validation.constraints").isEmpty());
    }
}
