package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void partsAndOptionals() {
        Location l = Location.of("officials.csv").atLine(12).withKey("A-17").withPath("citizenId");
        assertEquals(OptionalLong.of(12), l.lineNumber());
        assertEquals(Optional.of("A-17"), l.entityKey());
        assertEquals(Optional.of("citizenId"), l.propertyPath());
        assertEquals("officials.csv:12 [A-17] citizenId", l.toString());
        Location bare = Location.of("x");
        assertTrue(bare.lineNumber().isEmpty() && bare.entityKey().isEmpty() && bare.propertyPath().isEmpty());
        assertEquals("x", bare.toString());
    }

    @Test
    void appendPath() {
        Location l = Location.of("f");
        assertEquals("officials", l.appendPath("officials").path());
        assertEquals("officials[3]", l.appendPath("officials").appendPath("[3]").path());
        assertEquals("officials.name", l.appendPath("officials").appendPath("name").path());
        assertEquals(l, l.appendPath(""));
    }

    @Test
    void refusesBadParts() {
        assertThrows(IllegalArgumentException.class, () -> Location.of(" "));
        assertThrows(IllegalArgumentException.class, () -> Location.of("f").atLine(0));
        assertThrows(IllegalArgumentException.class, () -> new Location("f", -1, "", ""));
        assertThrows(NullPointerException.class, () -> new Location("f", 1, null, ""));
    }

    @Test
    void ordersBySourceLineKeyPathAbsentFirst() {
        List<Location> l = new ArrayList<>(List.of(
                Location.of("b"), Location.of("a").atLine(2), Location.of("a").atLine(10),
                Location.of("a"), Location.of("a").atLine(2).withKey("k"), Location.of("a").atLine(2).withPath("p")));
        l.sort(null);
        assertEquals(List.of(Location.of("a"), Location.of("a").atLine(2), Location.of("a").atLine(2).withPath("p"),
                Location.of("a").atLine(2).withKey("k"), Location.of("a").atLine(10), Location.of("b")), l);
    }
}
