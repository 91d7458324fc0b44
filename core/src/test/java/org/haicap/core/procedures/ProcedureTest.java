package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.money.Vnd;
import org.junit.jupiter.api.Test;

class ProcedureTest {
    private static final ProcedureCode BIRTH = ProcedureCode.of("1.001193");

    private static Procedure.Builder birth() {
        return Procedure.builder(BIRTH, "Đăng ký khai sinh", "Hộ tịch", TimeLimit.sameDay(LocalTime.of(15, 0)))
                .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON, Channel.POST, Channel.AGENT_POINT);
    }

    @Test
    void builderDefaultsAndValues() {
        Procedure p = Procedure.builder(BIRTH, "Đăng ký khai sinh", "Hộ tịch", TimeLimit.workingDays(3)).build();
        assertEquals(Set.of(AdministrativeLevel.COMMUNE), p.levels());
        assertEquals(OnlineLevel.NONE, p.onlineLevel());
        assertEquals(Set.of(Channel.IN_PERSON), p.channels());
        assertEquals(Optional.empty(), p.version());
        assertEquals(List.of(), p.fees());
        assertFalse(p.illustrative());
        assertEquals(ProcedureKey.of(BIRTH), p.key());
    }

    @Test
    void blankNameOrFieldIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> birth().name(" \t").build());
        assertTrue(e.getMessage().contains("tên thủ tục"), e.getMessage());
        assertTrue(e.getMessage().contains("procedure name must not be blank"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> birth().field("").build());
    }

    @Test
    void nfdNameIsNormalised() {
        String nfd = Normalizer.normalize(" Đăng ký khai sinh ", Normalizer.Form.NFD);
        Procedure p = birth().name(nfd).field(Normalizer.normalize("Hộ tịch", Normalizer.Form.NFD)).build();
        assertEquals("Đăng ký khai sinh", p.name());
        assertEquals("Hộ tịch", p.field());
        assertEquals(birth().build(), p);
    }

    @Test
    void negativeFeeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> birth().fee(Fee.of(FeeKind.FEE, Vnd.of(-8000), "")).build());
    }

    @Test
    void onlineLevelAndOnlineChannelMustAgree() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> birth().online(OnlineLevel.NONE, Channel.ONLINE).build());
        assertTrue(e.getMessage().contains("excludes the ONLINE channel"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> birth().online(OnlineLevel.PARTIAL, Channel.IN_PERSON).build());
        assertTrue(e.getMessage().contains("needs the ONLINE channel"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> birth().online(OnlineLevel.NONE, Channel.IN_PERSON, Channel.AGENT_POINT).build());
    }

    @Test
    void emptyLevelsOrChannelsAreRefused() {
        Procedure p = birth().build();
        assertThrows(IllegalArgumentException.class, () -> new Procedure(p.code(), p.version(), p.name(), p.field(), Set.of(),
                p.onlineLevel(), p.channels(), p.timeLimit(), Map.of(), List.of(), false));
        assertThrows(IllegalArgumentException.class, () -> new Procedure(p.code(), p.version(), p.name(), p.field(), p.levels(),
                OnlineLevel.NONE, Set.of(), p.timeLimit(), Map.of(), List.of(), false));
    }

    @Test
    void perChannelLimitsAndFeesMustNameAcceptedChannels() {
        Procedure.Builder inPerson = Procedure.builder(BIRTH, "Đăng ký khai sinh", "Hộ tịch", TimeLimit.workingDays(3));
        assertThrows(IllegalArgumentException.class, () -> inPerson.timeLimit(Channel.POST, TimeLimit.workingDays(5)).build());
        Procedure.Builder inPerson2 = Procedure.builder(BIRTH, "Đăng ký khai sinh", "Hộ tịch", TimeLimit.workingDays(3));
        assertThrows(IllegalArgumentException.class,
                () -> inPerson2.fee(Fee.of(FeeKind.FEE, Vnd.of(1), "").onlyFor(Channel.ONLINE)).build());
    }

    @Test
    void timeLimitAndFeesPerChannel() {
        Procedure p = birth()
                .timeLimit(Channel.POST, TimeLimit.workingDays(2))
                .fee(Fee.of(FeeKind.FEE, Vnd.of(8000), "Lệ phí").onlyFor(Channel.IN_PERSON))
                .fee(Fee.of(FeeKind.FEE, Vnd.of(4000), "Lệ phí trực tuyến").onlyFor(Channel.ONLINE))
                .fee(Fee.of(FeeKind.CHARGE, Vnd.of(1000), "Phí"))
                .build();
        assertEquals(TimeLimit.workingDays(2), p.timeLimitFor(Channel.POST));
        assertEquals(TimeLimit.sameDay(LocalTime.of(15, 0)), p.timeLimitFor(Channel.ONLINE));
        assertEquals(Vnd.of(9000), p.totalFeeFor(Channel.IN_PERSON));
        assertEquals(Vnd.of(5000), p.totalFeeFor(Channel.ONLINE));
        assertEquals(Vnd.of(1000), p.totalFeeFor(Channel.POST));
        assertEquals(2, p.feesFor(Channel.ONLINE).size());
    }

    @Test
    void unacceptedChannelIsRefusedByQueries() {
        Procedure p = Procedure.builder(BIRTH, "Đăng ký khai sinh", "Hộ tịch", TimeLimit.workingDays(3)).build();
        assertFalse(p.accepts(Channel.ONLINE));
        assertThrows(IllegalArgumentException.class, () -> p.timeLimitFor(Channel.ONLINE));
        assertThrows(IllegalArgumentException.class, () -> p.feesFor(Channel.POST));
    }

    @Test
    void versionsAndLevels() {
        Procedure p = birth().version("1234/QĐ-UBND").levels(AdministrativeLevel.COMMUNE, AdministrativeLevel.PROVINCE)
                .illustrative(true).build();
        assertEquals(ProcedureKey.of(BIRTH, "1234/QĐ-UBND"), p.key());
        assertTrue(p.isCarriedOutAt(AdministrativeLevel.PROVINCE));
        assertFalse(p.isCarriedOutAt(AdministrativeLevel.CENTRAL));
        assertTrue(p.illustrative());
    }

    @Test
    void collectionsAreImmutableCopies() {
        Procedure p = birth().fee(Fee.noFee(FeeKind.FEE, "")).build();
        assertThrows(UnsupportedOperationException.class, () -> p.channels().add(Channel.ONLINE));
        assertThrows(UnsupportedOperationException.class, () -> p.fees().clear());
        assertThrows(UnsupportedOperationException.class, () -> p.levels().clear());
        assertThrows(UnsupportedOperationException.class, () -> p.channelTimeLimits().clear());
    }

    @Test
    void toBuilderRebuildsAnEqualProcedure() {
        Procedure p = birth().version("v").timeLimit(Channel.POST, TimeLimit.workingDays(2))
                .fee(Fee.of(FeeKind.FEE, Vnd.of(8000), "")).build();
        assertEquals(p, p.toBuilder().build());
        assertEquals("Khai sinh", p.toBuilder().name("Khai sinh").build().name());
    }
}
