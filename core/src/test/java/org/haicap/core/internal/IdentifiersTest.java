package org.haicap.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    /** The shape as documented on the identifier types. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aZ09._:/- +đ\u0000é").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 2000)
    void agreesWithTheDocumentedShape(@ForAll("texts") String s) {
        assertEquals(SHAPE.matcher(s).matches(), Identifiers.isWellFormed(s), s);
    }

    @Test
    void edges() {
        assertTrue(Identifiers.isWellFormed("26221-DB"));
        assertTrue(Identifiers.isWellFormed("a".repeat(64)));
        assertFalse(Identifiers.isWellFormed("a".repeat(65)));
        assertFalse(Identifiers.isWellFormed(""));
        assertFalse(Identifiers.isWellFormed("-a"));
        assertFalse(Identifiers.isWellFormed(" a"));
        assertFalse(Identifiers.isWellFormed(null));
    }
}
