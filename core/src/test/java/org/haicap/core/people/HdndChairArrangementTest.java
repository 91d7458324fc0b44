package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HdndChairArrangementTest {

    @Test
    void namesThePartyRoleThatHoldsTheChair() {
        assertEquals(Optional.of(PostRole.SECRETARY), HdndChairArrangement.SECRETARY.concurrentWith());
        assertEquals(Optional.of(PostRole.STANDING_DEPUTY_SECRETARY),
                HdndChairArrangement.STANDING_DEPUTY_SECRETARY.concurrentWith());
        assertEquals(Optional.empty(), HdndChairArrangement.SEPARATE.concurrentWith());
    }

    @Test
    void checksTheStaffingOfAUnit() {
        Staffing s = StaffingTest.sample(); // P1 is Bí thư and Chủ tịch HĐND of 00004
        assertTrue(HdndChairArrangement.SECRETARY.conforms(s, StaffingTest.BA_DINH, StaffingTest.JULY_15));
        assertFalse(HdndChairArrangement.STANDING_DEPUTY_SECRETARY.conforms(s, StaffingTest.BA_DINH,
                StaffingTest.JULY_15));
        assertFalse(HdndChairArrangement.SEPARATE.conforms(s, StaffingTest.BA_DINH, StaffingTest.JULY_15));
        // no chair in 00008: a vacancy, not a breach
        assertTrue(HdndChairArrangement.STANDING_DEPUTY_SECRETARY.conforms(s, StaffingTest.NGOC_HA,
                StaffingTest.JULY_15));
    }

    @Test
    void standingDeputyArrangement() {
        Appointment deputy = StaffingTest.appoint("P7", StaffingTest.PBT_TT, StaffingTest.JULY_1);
        Appointment chair = StaffingTest.appoint("P7", StaffingTest.CT_HDND, StaffingTest.JULY_1).asConcurrent();
        Staffing s = Staffing.of(List.of(StaffingTest.PBT_TT, StaffingTest.CT_HDND, StaffingTest.BT),
                List.of(deputy, chair));
        assertTrue(HdndChairArrangement.STANDING_DEPUTY_SECRETARY.conforms(s, StaffingTest.BA_DINH,
                StaffingTest.JULY_15));
        assertFalse(HdndChairArrangement.SECRETARY.conforms(s, StaffingTest.BA_DINH, StaffingTest.JULY_15));
    }
}
