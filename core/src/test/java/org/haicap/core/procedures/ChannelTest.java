package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    void dvcqgCodes() {
        assertEquals(OptionalInt.of(1), Channel.IN_PERSON.dvcqgCode());
        assertEquals(OptionalInt.of(2), Channel.ONLINE.dvcqgCode());
        assertEquals(OptionalInt.of(3), Channel.POST.dvcqgCode());
        assertEquals(OptionalInt.empty(), Channel.AGENT_POINT.dvcqgCode());
    }

    @Test
    void fromDvcqgCodeRoundTripsAndRefusesOthers() {
        for (Channel c : Channel.values()) {
            c.dvcqgCode().ifPresent(code -> assertEquals(Optional.of(c), Channel.fromDvcqgCode(code)));
        }
        assertEquals(Optional.empty(), Channel.fromDvcqgCode(0));
        assertEquals(Optional.empty(), Channel.fromDvcqgCode(4));
        assertEquals(Optional.empty(), Channel.fromDvcqgCode(-1));
    }

    @Test
    void labels() {
        assertEquals("Trực tuyến", Channel.ONLINE.vietnamese());
        assertEquals("Trực tiếp", Channel.IN_PERSON.vietnamese());
        assertEquals("Bưu chính công ích", Channel.POST.vietnamese());
        assertEquals("Điểm đại lý dịch vụ công trực tuyến", Channel.AGENT_POINT.vietnamese());
        assertEquals("By post", Channel.POST.english());
    }

    @Test
    void electronicChannels() {
        assertTrue(Channel.ONLINE.isElectronic());
        assertTrue(Channel.AGENT_POINT.isElectronic());
        assertFalse(Channel.IN_PERSON.isElectronic());
        assertFalse(Channel.POST.isElectronic());
    }
}
