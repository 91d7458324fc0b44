package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.haicap.core.money.Vnd;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class FeeTest {

    @Test
    void negativeAmountIsRefusedWithBilingualMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fee.of(FeeKind.FEE, Vnd.of(-1), "x"));
        assertTrue(e.getMessage().contains("không được âm"), e.getMessage());
        assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
    }

    @Test
    void noFeeIsZeroAndFree() {
        Fee f = Fee.noFee(FeeKind.FEE, "Không thu lệ phí");
        assertEquals(Vnd.ZERO, f.amount());
        assertTrue(f.isFree());
        assertFalse(Fee.of(FeeKind.CHARGE, Vnd.of(8000), "").isFree());
    }

    @Test
    void descriptionIsNfcAndStripped() {
        String nfd = Normalizer.normalize("  Lệ phí đăng ký ", Normalizer.Form.NFD);
        assertEquals("Lệ phí đăng ký", Fee.of(FeeKind.FEE, Vnd.of(1000), nfd).description());
    }

    @Test
    void channelRestriction() {
        Fee all = Fee.of(FeeKind.FEE, Vnd.of(1000), "");
        Fee online = all.onlyFor(Channel.ONLINE);
        assertTrue(all.appliesTo(Channel.POST));
        assertTrue(online.appliesTo(Channel.ONLINE));
        assertFalse(online.appliesTo(Channel.IN_PERSON));
        assertEquals(Optional.of(Channel.ONLINE), online.channel());
    }

    @Test
    void serialisationRoundTrip() {
        Fee f = Fee.of(FeeKind.CHARGE, Vnd.of(50_000), "50.000 đồng/bản").onlyFor(Channel.IN_PERSON);
        assertEquals(f, SerializationRoundTrip.roundTrip(f));
        Fee g = Fee.noFee(FeeKind.FEE, "");
        assertEquals(g, SerializationRoundTrip.roundTrip(g));
    }
}
