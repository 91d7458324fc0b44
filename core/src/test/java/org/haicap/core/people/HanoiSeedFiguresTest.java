package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

/**
 * The staffing figures of the Hà Nội report after the first 15 days (Ban Thường vụ Thành ủy,
 * Hướng dẫn 11-HD/TU of 14/7/2025): "chỉ định 2.552/4.076 đồng chí tham gia Ban Chấp hành; …
 * 125/126 bí thư; 251/252 phó bí thư".
 */
class HanoiSeedFiguresTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);
    private static final Decision D11 = Decision.of("11-HD/TU", LocalDate.of(2025, 7, 14));

    @Test
    void executiveCommitteesSecretariesAndDeputies() {
        List<Post> posts = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        int[] n = {0};
        for (int u = 0; u < 126; u++) {
            UnitCode unit = UnitCode.of(String.format("%05d", 4 * (u + 1)));
            Post bch = Post.of(PostId.of(unit + "/BCH"), unit, PostRole.EXECUTIVE_COMMITTEE_MEMBER, u < 44 ? 33 : 32);
            Post bt = Post.of(PostId.of(unit + "/BT"), unit, PostRole.SECRETARY);
            Post pbt1 = Post.of(PostId.of(unit + "/PBT-TT"), unit, PostRole.STANDING_DEPUTY_SECRETARY);
            Post pbt2 = Post.of(PostId.of(unit + "/PBT-CT"), unit, PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR);
            posts.addAll(List.of(bch, bt, pbt1, pbt2));
            for (int i = 0; i < (u < 32 ? 21 : 20); i++) {
                appointments.add(appoint(n, unit + "-m" + i, bch));
            }
            if (u != 7) {
                appointments.add(appoint(n, unit + "-bt", bt));
                appointments.add(appoint(n, unit + "-pbt2", pbt2));
            }
            appointments.add(appoint(n, unit + "-pbt1", pbt1));
        }
        Staffing s = Staffing.of(posts, appointments);
        assertEquals("2552/4076", s.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, AS_OF).toString());
        assertEquals("125/126", s.seats(PostRole.SECRETARY, AS_OF).toString());
        assertEquals("251/252", s.seats(p -> p.role().deputySecretary(), AS_OF).toString());
        assertEquals(126, s.seatsByUnit(PostRole.EXECUTIVE_COMMITTEE_MEMBER, AS_OF).size());
    }

    private static Appointment appoint(int[] n, String person, Post post) {
        return Appointment.of(AppointmentId.of("A" + n[0]++), PersonId.of(person), post.id(), LocalDate.of(2025, 7, 1),
                D11);
    }
}
