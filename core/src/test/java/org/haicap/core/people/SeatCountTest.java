package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SeatCountTest {

    @Test
    void hanoiExecutiveCommittees() {
        SeatCount c = new SeatCount(2552, 4076, 0);
        assertEquals("2552/4076", c.toString());
        assertEquals(1524, c.vacant());
        assertEquals(2552, c.appointed());
    }

    @Test
    void postCountsCapFilledAtSeats() {
        SeatCount over = SeatCount.ofPost(2, 3);
        assertEquals(new SeatCount(2, 2, 1), over);
        assertEquals(0, over.vacant());
        assertEquals(3, over.appointed());
        assertEquals("2/2 (+1)", over.toString());
        assertTrue(over.complete());
        assertEquals(new SeatCount(0, 1, 0), SeatCount.ofPost(1, 0));
    }

    @Test
    void refusesImpossibleCounts() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class, () -> new SeatCount(3, 2, 0));
        assertEquals("filled", e.field());
        assertThrows(InvalidPeopleDataException.class, () -> new SeatCount(-1, 2, 0));
        assertThrows(InvalidPeopleDataException.class, () -> SeatCount.ofPost(1, -1));
    }

    @Property
    void plusIsACommutativeMonoid(@ForAll @IntRange(max = 1000) int f1, @ForAll @IntRange(max = 1000) int v1,
            @ForAll @IntRange(max = 9) int e1, @ForAll @IntRange(max = 1000) int f2,
            @ForAll @IntRange(max = 1000) int v2, @ForAll @IntRange(max = 9) int e2) {
        SeatCount a = new SeatCount(f1, f1 + v1, e1);
        SeatCount b = new SeatCount(f2, f2 + v2, e2);
        SeatCount c = new SeatCount(f2, f1 + f2, e1);
        assertEquals(a.plus(b), b.plus(a));
        assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
        assertEquals(a, a.plus(SeatCount.ZERO));
        assertEquals(a.vacant() + b.vacant(), a.plus(b).vacant());
    }
}
