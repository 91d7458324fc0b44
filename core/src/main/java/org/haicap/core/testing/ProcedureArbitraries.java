package org.haicap.core.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.money.Vnd;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.Fee;
import org.haicap.core.procedures.FeeKind;
import org.haicap.core.procedures.OnlineLevel;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.procedures.ServicePoint;
import org.haicap.core.units.UnitCode;

/**
 * jqwik generators of valid procedures, dossier codes, dossiers with legal histories and agent
 * points, for property-based tests. Every generated procedure is marked
 * {@link Procedure#illustrative() illustrative}. Times fall between 1 July 2025 and the end of
 * 2027, Vietnam local time.
 *
 * <p>Needs jqwik on the class path (an optional dependency of haicap core). Immutable and
 * thread-safe: only static methods.
 */
public final class ProcedureArbitraries {
    private ProcedureArbitraries() {
    }

    private static final LocalDateTime START = LocalDateTime.of(2025, 7, 1, 0, 0);
    private static final String[] NAMES = {
        "Đăng ký khai sinh", "Đăng ký kết hôn", "Chứng thực bản sao từ bản chính", "Đăng ký thường trú",
        "Cấp bản sao trích lục hộ tịch", "Đăng ký khai tử", "Xác nhận tình trạng hôn nhân", "Cấp giấy phép xây dựng",
    };
    private static final String[] FIELDS = {"Hộ tịch", "Chứng thực", "Cư trú", "Xây dựng", "Đất đai", "Bảo trợ xã hội"};

    /** Procedure codes {@code d.dddddd} with first digit 1, 2 or 3. */
    public static Arbitrary<ProcedureCode> procedureCodes() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 999_999))
                .as((a, b) -> new ProcedureCode(a + "." + String.format("%06d", b)));
    }

    /** Well-formed commune-level unit codes (not necessarily in the catalogue). */
    public static Arbitrary<UnitCode> unitCodes() {
        return Arbitraries.integers().between(1, 99_999).map(i -> new UnitCode(String.format("%05d", i)));
    }

    /** Agency identifiers such as {@code H15.50.05.13}: 1 to 4 dot-separated segments of 1 to 4 characters. */
    public static Arbitrary<String> agencies() {
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(4);
        return segment.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l));
    }

    /** Dates from 2000 to 2099, the range a {@code yymmdd} intake date covers. */
    public static Arbitrary<LocalDate> intakeDates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Structured dossier codes, with 4- to 7-digit sequences. */
    public static Arbitrary<DossierCode> dossierCodes() {
        return Combinators.combine(agencies(), intakeDates(), Arbitraries.integers().between(4, 7), Arbitraries.longs().between(0, 9_999_999))
                .as((agency, date, digits, seq) -> DossierCode.of(agency, date, seq % pow10(digits), digits));
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** Moments between 1 July 2025 and the end of 2027, to the minute. */
    public static Arbitrary<LocalDateTime> moments() {
        return Arbitraries.longs().between(0, 913L * 24 * 60).map(START::plusMinutes);
    }

    /** Time limits: 1–30 working days, 1–60 days, 1–48 working hours, or same day with a 15:00 cut-off. */
    public static Arbitrary<TimeLimit> timeLimits() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 30).map(TimeLimit::workingDays),
                Arbitraries.integers().between(1, 60).map(TimeLimit::days),
                Arbitraries.integers().between(1, 48).map(TimeLimit::workingHours),
                Arbitraries.just(TimeLimit.sameDay(LocalTime.of(15, 0))));
    }

    /** Fee lines for every channel: 0 to 1,000,000 đồng in steps of 1,000. */
    public static Arbitrary<Fee> fees() {
        return Combinators.combine(Arbitraries.of(FeeKind.class), Arbitraries.integers().between(0, 1000),
                        Arbitraries.of("", "Lệ phí đăng ký", "50.000 đồng/bản", "Miễn lệ phí cho người có công"))
                .as((kind, thousands, text) -> Fee.of(kind, Vnd.of(thousands * 1000L), text));
    }

    /** Procedures whose online level and channels agree, with up to 3 fee lines; all illustrative. */
    public static Arbitrary<Procedure> procedures() {
        Arbitrary<Set<AdministrativeLevel>> levels = Arbitraries.of(AdministrativeLevel.class).set().ofMinSize(1);
        Arbitrary<Set<Channel>> offline = Arbitraries.of(Channel.IN_PERSON, Channel.POST).set().ofMinSize(1);
        Arbitrary<Set<Channel>> extra = Arbitraries.of(Channel.IN_PERSON, Channel.POST, Channel.AGENT_POINT).set();
        Arbitrary<OnlineLevel> online = Arbitraries.of(OnlineLevel.class);
        Arbitrary<Procedure> base = Combinators.combine(procedureCodes(), Arbitraries.of(NAMES), Arbitraries.of(FIELDS), levels,
                        timeLimits(), fees().list().ofMaxSize(3))
                .as((code, name, field, lv, limit, fees) -> new Procedure(code, Optional.empty(), name, field, lv,
                        OnlineLevel.NONE, Set.of(Channel.IN_PERSON), limit, java.util.Map.of(), fees, true));
        return Combinators.combine(base, online, offline, extra).as((p, ol, off, ex) -> {
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            if (ol.allowsOnlineFiling()) {
                channels.add(Channel.ONLINE);
                channels.addAll(ex);
            } else {
                channels.addAll(off);
            }
            return new Procedure(p.code(), p.version(), p.name(), p.field(), p.levels(), ol, channels, p.timeLimit(),
                    p.channelTimeLimits(), p.fees(), true);
        });
    }

    /**
     * Dossiers received through a random channel, then moved along a random legal path of up to
     * 8 changes a few minutes to a few days apart; full history.
     */
    public static Arbitrary<Dossier> dossiers() {
        return Combinators.combine(dossierCodes(), procedureCodes(), unitCodes(), Arbitraries.of(Channel.class), moments(),
                        Arbitraries.integers().between(0, 1_000).list().ofMaxSize(8),
                        Arbitraries.integers().between(1, 4 * 24 * 60).list().ofMinSize(8).ofMaxSize(8))
                .as((code, proc, unit, channel, at, choices, gaps) -> {
                    Dossier d = Dossier.receive(code, proc, unit, channel, at);
                    LocalDateTime t = at;
                    for (int i = 0; i < choices.size() && !d.status().isTerminal(); i++) {
                        List<DossierStatus> next = new ArrayList<>(d.status().next());
                        t = t.plusMinutes(gaps.get(i));
                        d = d.transition(next.get(choices.get(i) % next.size()), t);
                    }
                    return d;
                });
    }

    /** Online public-service agent points, open from a day in 2025–2027. */
    public static Arbitrary<ServicePoint> servicePoints() {
        return Combinators.combine(Arbitraries.strings().withCharRange('0', '9').ofLength(6), Arbitraries.of(ServicePoint.Kind.class),
                        unitCodes(), moments())
                .as((id, kind, unit, at) -> ServicePoint.of("DL" + id, "Điểm đại lý " + kind.vietnamese().toLowerCase(java.util.Locale.ROOT) + " " + id,
                        unit, kind, at.toLocalDate()));
    }
}
