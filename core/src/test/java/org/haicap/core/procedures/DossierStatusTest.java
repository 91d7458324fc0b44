package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DossierStatusTest {

    /** The lifecycle table, written out independently of the enum. */
    static final Set<String> LEGAL = Set.of(
            "NEW>ACCEPTED", "NEW>REFUSED", "NEW>WITHDRAWN",
            "ACCEPTED>PROCESSING", "ACCEPTED>WITHDRAWAL_REQUESTED",
            "PROCESSING>SUPPLEMENT_REQUESTED", "PROCESSING>PAYMENT_REQUESTED", "PROCESSING>PROCESSED",
            "PROCESSING>STOPPED", "PROCESSING>WITHDRAWAL_REQUESTED",
            "SUPPLEMENT_REQUESTED>PROCESSING", "SUPPLEMENT_REQUESTED>STOPPED", "SUPPLEMENT_REQUESTED>WITHDRAWAL_REQUESTED",
            "PAYMENT_REQUESTED>PROCESSING", "PAYMENT_REQUESTED>STOPPED", "PAYMENT_REQUESTED>WITHDRAWAL_REQUESTED",
            "WITHDRAWAL_REQUESTED>WITHDRAWN", "WITHDRAWAL_REQUESTED>PROCESSING",
            "PROCESSED>RESULT_RETURNED");

    @Test
    void everyPairMatchesTheTable() {
        int legal = 0;
        for (DossierStatus from : DossierStatus.values()) {
            for (DossierStatus to : DossierStatus.values()) {
                boolean expected = LEGAL.contains(from + ">" + to);
                assertEquals(expected, from.canTransitionTo(to), from + " -> " + to);
                assertEquals(expected, from.next().contains(to), from + " -> " + to);
                legal += expected ? 1 : 0;
            }
        }
        assertEquals(LEGAL.size(), legal);
    }

    @Test
    void terminalStatuses() {
        Set<DossierStatus> terminal = EnumSet.noneOf(DossierStatus.class);
        for (DossierStatus s : DossierStatus.values()) {
            if (s.isTerminal()) {
                terminal.add(s);
            }
        }
        assertEquals(EnumSet.of(DossierStatus.REFUSED, DossierStatus.STOPPED, DossierStatus.WITHDRAWN,
                DossierStatus.RESULT_RETURNED), terminal);
    }

    @Test
    void everyNonTerminalStatusCanReachATerminalOne() {
        for (DossierStatus s : DossierStatus.values()) {
            Set<DossierStatus> seen = EnumSet.of(s);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (DossierStatus x : EnumSet.copyOf(seen)) {
                    grew |= seen.addAll(x.next());
                }
            }
            assertTrue(seen.stream().anyMatch(DossierStatus::isTerminal), s.name());
        }
    }

    @Test
    void initialStatusesByChannel() {
        assertEquals(DossierStatus.NEW, DossierStatus.initialFor(Channel.ONLINE));
        assertEquals(DossierStatus.NEW, DossierStatus.initialFor(Channel.AGENT_POINT));
        assertEquals(DossierStatus.ACCEPTED, DossierStatus.initialFor(Channel.IN_PERSON));
        assertEquals(DossierStatus.ACCEPTED, DossierStatus.initialFor(Channel.POST));
        for (Channel c : Channel.values()) {
            assertTrue(DossierStatus.NEW.isInitialFor(c));
            assertFalse(DossierStatus.PROCESSING.isInitialFor(c));
        }
        assertFalse(DossierStatus.ACCEPTED.isInitialFor(Channel.ONLINE));
        assertTrue(DossierStatus.ACCEPTED.isInitialFor(Channel.IN_PERSON));
    }

    @Test
    void labelsAndWaiting() {
        assertEquals("Mới đăng ký", DossierStatus.NEW.vietnamese());
        assertEquals("Đã trả kết quả", DossierStatus.RESULT_RETURNED.vietnamese());
        assertEquals("Supplement requested", DossierStatus.SUPPLEMENT_REQUESTED.english());
        assertTrue(DossierStatus.PAYMENT_REQUESTED.isWaitingOnApplicant());
        assertFalse(DossierStatus.PROCESSING.isWaitingOnApplicant());
    }
}
