package org.haicap.examples.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WardRosterExampleTest {

    @Test
    void eachChangeIsCheckedAgainstTheRules() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        WardRosterExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("    ")).toList();
        assertEquals(List.of(
                "0. Nhận bàn giao 1/7/2025, chưa có Bí thư: 1 lỗi / error(s)",
                "1. Chỉ định Bí thư NM01 từ 3/7/2025: hợp lệ / valid",
                "2. Miễn nhiệm Phó Chủ tịch UBND NM06 từ 15/8/2025: 1 lỗi / error(s)",
                "3. Bầu Phó Chủ tịch UBND NM07 từ 20/8/2025: hợp lệ / valid",
                "4. Nhập nhầm Bí thư thứ hai NM10 từ 1/9/2025: 2 lỗi / error(s)"), lines, buffer.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSecondSecretaryBreaksTwoRules() {
        WardRosterExample roster = new WardRosterExample();
        roster.appoint(1, "BT", LocalDate.of(2025, 7, 3));
        roster.appoint(10, "BT", LocalDate.of(2025, 9, 1));
        assertEquals(Set.of("vn.commune.secretary", "vn.appointment.single-seat"),
                WardRosterExample.ruleIds(roster.errors(LocalDate.of(2025, 9, 1))));
        assertThrows(IllegalArgumentException.class, () -> roster.dismiss(12, "BT", LocalDate.of(2025, 9, 2)));
    }

    @Test
    void mainPrints() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            WardRosterExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertTrue(buffer.toString(StandardCharsets.UTF_8).contains("vn.commune.secretary"));
    }
}
