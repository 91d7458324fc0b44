package org.haicap.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.haicap.core.party.WageRegion;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.DossierStatus;
import org.junit.jupiter.api.Test;

class BilingualTest {
    @Test
    void theAccessorsReadTheOneLabel() {
        assertEquals(LocalizedText.of("Trực tuyến", "Online"), Channel.ONLINE.label());
        assertEquals("Trực tuyến", Channel.ONLINE.vietnamese());
        assertEquals("Online", Channel.ONLINE.english());
        assertEquals("Đã rút hồ sơ", DossierStatus.WITHDRAWN.in(Locale.forLanguageTag("vi-VN")));
        assertEquals("Withdrawn", DossierStatus.WITHDRAWN.in(Locale.UK));
        assertEquals("Vùng III", WageRegion.III.vietnamese());
        assertEquals("Region III", WageRegion.III.english());
    }

    @Test
    void englishFallsBackToVietnamese() {
        Bilingual onlyVietnamese = () -> LocalizedText.of("Phường");
        assertEquals("Phường", onlyVietnamese.english());
        assertEquals("Phường", onlyVietnamese.in(Locale.ENGLISH));
    }
}
