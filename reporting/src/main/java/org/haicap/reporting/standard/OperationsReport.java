package org.haicap.reporting.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.people.PostRole;
import org.haicap.core.people.SeatCount;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.Province;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.ProvinceType;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.reporting.BarChart;
import org.haicap.reporting.Cell;
import org.haicap.reporting.Change;
import org.haicap.reporting.ColumnType;
import org.haicap.reporting.Count;
import org.haicap.reporting.Fraction;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Period;
import org.haicap.reporting.ProgressChart;
import org.haicap.reporting.Ratio;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.Share;
import org.haicap.reporting.Table;
import org.haicap.reporting.aggregate.CongressAggregate;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;
import org.haicap.reporting.aggregate.SealAggregate;
import org.haicap.reporting.aggregate.StaffingAggregate;
import org.haicap.reporting.render.Formats;

/**
 * The post-reform operations report (báo cáo tình hình vận hành chính quyền địa phương 2 cấp) as
 * a preset: the sections of the Hà Nội report on the first 15 days, filled from a
 * {@link Dataset}, the dossier and payment aggregates the caller computed over its streams, and
 * typed {@link ReportedFigures}. Counting rules are those of the aggregates; the figures the
 * preset derives itself are:
 * <ul>
 *   <li>staffing: {@link StaffingAggregate#of(Dataset, LocalDate)} on the as-of date, roles
 *   {@code EXECUTIVE_COMMITTEE_MEMBER}, {@code STANDING_COMMITTEE_MEMBER}, {@code SECRETARY},
 *   the deputy secretaries ({@link PostRole#deputySecretary()}), {@code COUNCIL_VICE_CHAIR},
 *   {@code COMMITTEE_VICE_CHAIR}, printed filled/planned;</li>
 *   <li>dossiers received: {@link DossierAggregate#total()}, printed rounded down to a multiple
 *   of 1.000 with "hơn" when something was cut ({@code 66.412 → hơn 66.000}); the count keeps
 *   the exact total ({@link Count#roundedDown(long)}), so JSON and CSV carry 66412; the online share
 *   is the dossiers of the online channels (default {@link Channel#ONLINE} only) over the total,
 *   whole percent, HALF_UP;</li>
 *   <li>commune-level procedures: the distinct codes of the dataset's procedures carried out at
 *   {@link AdministrativeLevel#COMMUNE}, printed as a change from
 *   {@link StandardFigure#PREVIOUS_COMMUNE_PROCEDURES} when that figure is given;</li>
 *   <li>agent points: the dataset's service points open on the as-of date;</li>
 *   <li>party-fee payments: {@code PARTY_FEE} payments through {@code ONLINE_PORTAL} that
 *   {@code SUCCEEDED}, printed rounded down to thousands like dossiers, the exact count kept;</li>
 *   <li>seals and congresses: {@link SealAggregate#of(Dataset, LocalDate)} and
 *   {@link CongressAggregate#of(Dataset, CongressAggregate.Parameters)} with the
 *   {@link CongressSchedule}; the commune draft-report figures are over the congresses of
 *   commune party committees.</li>
 * </ul>
 * A reported figure that is not given is left out of the report.
 *
 * <p>The title is {@link #DEFAULT_TITLE} unless {@link Builder#title(LocalizedText)} gives
 * another; it names no place, so it fits the report of any province. The issuing body is the
 * one {@link Builder#issuer(LocalizedText)} gives, else the one {@link #issuerOf} derives from
 * the dataset's province: {@code Ban Tổ chức Thành ủy Đà Nẵng} for a centrally-run city,
 * {@code Ban Tổ chức Tỉnh ủy Nghệ An} for a province. When no province can be derived, the
 * report has no issuer (the renderers print none) rather than a guessed one.
 *
 * <p>The builder is mutable and not thread-safe; the {@link Report} it builds is immutable.
 */
public final class OperationsReport {
    /** The default title: "Báo cáo tình hình vận hành chính quyền địa phương 2 cấp". */
    public static final LocalizedText DEFAULT_TITLE = LocalizedText.of(
            "Báo cáo tình hình vận hành chính quyền địa phương 2 cấp",
            "Report on the operation of two-level local government");

    private OperationsReport() {
    }

    /**
     * The provincial-level unit {@code dataset} covers: the province of its
     * {@link org.haicap.core.dataset.DatasetInfo#province() info} when given, else the province
     * of its units when every unit is in {@code catalog} and all share one province.
     *
     * @param dataset the dataset
     * @param catalog the catalogue the codes are looked up in (with its amendments)
     * @return empty when the info names a code the catalogue does not know, the dataset has no
     *     unit, a unit is not in the catalogue, or the units lie in more than one province
     */
    public static Optional<Province> provinceOf(Dataset dataset, UnitCatalog catalog) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(catalog, "catalog");
        Optional<ProvinceCode> declared = dataset.info().province();
        if (declared.isPresent()) {
            return catalog.province(declared.get());
        }
        ProvinceCode shared = null;
        for (UnitCode code : dataset.units()) {
            Optional<AdminUnit> unit = catalog.unit(code);
            if (unit.isEmpty()) {
                return Optional.empty();
            }
            ProvinceCode p = unit.get().province().code();
            if (shared == null) {
                shared = p;
            } else if (!shared.equals(p)) {
                return Optional.empty();
            }
        }
        return shared == null ? Optional.empty() : catalog.province(shared);
    }

    /**
     * The issuing body of the report of {@code dataset} on {@code asOf}: the organisation
     * commission of the party committee of the dataset's province ({@link #provinceOf}), named
     * as on {@code asOf}: {@code Ban Tổ chức Thành ủy <tên>} / {@code Organisation Commission of
     * the <name> Party Committee} for a centrally-run city, {@code Ban Tổ chức Tỉnh ủy <tên>} for
     * a province.
     *
     * @param dataset the dataset
     * @param catalog the catalogue the codes are looked up in (with its amendments)
     * @param asOf the report's date, which decides the province's type and name
     * @return empty when no province can be derived or {@code asOf} is before 1 July 2025 (the
     *     catalogue describes the provinces from then on)
     */
    public static Optional<LocalizedText> issuerOf(Dataset dataset, UnitCatalog catalog, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(UnitCatalog.EFFECTIVE_FROM)) {
            return Optional.empty();
        }
        return provinceOf(dataset, catalog).map(p -> {
            String name = p.shortNameAsOf(asOf);
            String committee = p.typeAsOf(asOf) == ProvinceType.CENTRAL_CITY ? "Thành ủy" : "Tỉnh ủy";
            return t("Ban Tổ chức " + committee + " " + name, "Organisation Commission of the " + name + " Party Committee");
        });
    }

    /** A builder for the report of {@code dataset} on {@code asOf}. */
    public static Builder builder(Dataset dataset, LocalDate asOf) {
        return new Builder(dataset, asOf);
    }

    /** Collects the inputs of the report. Mutable, not thread-safe. */
    public static final class Builder {
        private final Dataset dataset;
        private final LocalDate asOf;
        private LocalizedText title = DEFAULT_TITLE;
        private Optional<LocalizedText> issuer = Optional.empty();
        private UnitCatalog catalog;
        private Optional<Period> period = Optional.empty();
        private Optional<DossierAggregate> dossiers = Optional.empty();
        private PaymentAggregate payments = PaymentAggregate.empty();
        private ReportedFigures reported = ReportedFigures.empty();
        private CongressSchedule schedule = CongressSchedule.term2025();
        private Set<Channel> onlineChannels = EnumSet.of(Channel.ONLINE);

        Builder(Dataset dataset, LocalDate asOf) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /** The title (default {@link #DEFAULT_TITLE}). */
        public Builder title(LocalizedText value) {
            title = Objects.requireNonNull(value, "title");
            return this;
        }

        /** The issuing body (default: the one {@link #issuerOf} derives from the dataset, if any). */
        public Builder issuer(LocalizedText value) {
            issuer = Optional.of(Objects.requireNonNull(value, "issuer"));
            return this;
        }

        /**
         * The catalogue the default issuer's province is looked up in (default
         * {@link UnitCatalog#official()}); give the one with the locality's amendments.
         */
        public Builder catalog(UnitCatalog value) {
            catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** The reporting period (default: the dossier aggregate's period). */
        public Builder period(LocalDate start, LocalDate end) {
            period = Optional.of(Period.of(start, end));
            return this;
        }

        /** The dossiers received in the period, counted by the caller. */
        public Builder dossiers(DossierAggregate value) {
            if (!value.parameters().asOf().equals(asOf)) {
                throw new InvalidFigureException(value.parameters().asOf().toString(),
                        "ngày tính số liệu hồ sơ khác ngày báo cáo " + asOf,
                        "the dossiers are counted as of another day than the report's " + asOf);
            }
            dossiers = Optional.of(value);
            return this;
        }

        /** The payments of the period, counted by the caller. */
        public Builder payments(PaymentAggregate value) {
            payments = Objects.requireNonNull(value, "payments");
            return this;
        }

        /** The figures from outside the model. */
        public Builder reported(ReportedFigures value) {
            reported = Objects.requireNonNull(value, "reported");
            return this;
        }

        /** The congress windows (default {@link CongressSchedule#term2025()}). */
        public Builder congressSchedule(CongressSchedule value) {
            schedule = Objects.requireNonNull(value, "schedule");
            return this;
        }

        /** The channels that count as "nộp trực tuyến" (default: {@link Channel#ONLINE} only). */
        public Builder onlineChannels(Set<Channel> value) {
            if (value.isEmpty()) {
                throw new InvalidFigureException("[]", "cần ít nhất một kênh trực tuyến", "at least one online channel is needed");
            }
            onlineChannels = EnumSet.copyOf(value);
            return this;
        }

        /**
         * Builds the report.
         *
         * @throws InvalidFigureException if neither a period nor a dossier aggregate was given
         */
        public Report build() {
            Period p = period.or(() -> dossiers.map(d -> Period.of(d.parameters().from(), d.parameters().until())))
                    .orElseThrow(() -> new InvalidFigureException("period", "thiếu kỳ báo cáo",
                            "the reporting period is missing"));
            Report.Builder r = Report.builder(title).period(p).asOf(asOf);
            issuer.or(() -> issuerOf(dataset, catalog == null ? UnitCatalog.official() : catalog, asOf))
                    .ifPresent(r::issuer);
            r.section(staffing());
            r.section(t("Con dấu", "Seals"), this::seals);
            r.section(t("HĐND xã, phường", "Commune People's Councils"), s -> figure(s, StandardFigure.COUNCIL_RESOLUTIONS));
            r.section(t("Thủ tục hành chính và hồ sơ", "Administrative procedures and dossiers"), this::procedures);
            r.section(t("Đại lý dịch vụ công trực tuyến", "Online public-service agent points"), s -> s
                    .add(Count.of(t("Điểm đại lý dịch vụ công trực tuyến", "Online public-service agent points"),
                            dataset.servicePoints().stream().filter(x -> x.isOpenOn(asOf)).count())
                            .withUnit(t("điểm", "points"))));
            r.section(t("Phản ánh, kiến nghị", "Feedback and petitions"), s -> {
                figure(s, StandardFigure.IHANOI_FEEDBACK);
                figure(s, StandardFigure.IHANOI_ACCOUNTS);
                figure(s, StandardFigure.HOTLINE_CALLS);
            });
            r.section(t("TTHC khối Đảng trên nền tảng số", "Party procedures on the digital platform"), s -> {
                figure(s, StandardFigure.PARTY_PLATFORM_VISITS);
                figure(s, StandardFigure.PARTY_PLATFORM_MEMBERS);
                s.add(roundedDown(t("Giao dịch đóng đảng phí thành công", "Party-fee payments"),
                        payments.count(PaymentKind.PARTY_FEE, PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED))
                        .withUnit(t("lượt giao dịch", "payments")));
            });
            r.section(t("Đại hội Đảng bộ cấp cơ sở, cấp xã", "Party congresses"), this::congresses);
            List<ReportedFigure> extras = reported.extras();
            if (!extras.isEmpty()) {
                r.section(t("Số liệu khác", "Other figures"), s -> extras.forEach(f -> s.add(f.toCount())));
            }
            return r.build();
        }

        private Section staffing() {
            StaffingAggregate st = StaffingAggregate.of(dataset, asOf);
            List<Object[]> rows = List.of(
                    new Object[] {t("Ban Chấp hành", "Executive committees"), st.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER)},
                    new Object[] {t("Ban Thường vụ", "Standing committees"), st.seats(PostRole.STANDING_COMMITTEE_MEMBER)},
                    new Object[] {t("Bí thư", "Secretaries"), st.seats(PostRole.SECRETARY)},
                    new Object[] {t("Phó bí thư", "Deputy secretaries"), st.seats((Predicate<PostRole>) PostRole::deputySecretary)},
                    new Object[] {t("Phó chủ tịch HĐND", "People's Council vice-chairs"), st.seats(PostRole.COUNCIL_VICE_CHAIR)},
                    new Object[] {t("Phó chủ tịch UBND", "People's Committee vice-chairs"),
                            st.seats(PostRole.COMMITTEE_VICE_CHAIR)});
            Section.Builder s = Section.builder(t("Kiện toàn tổ chức bộ máy, cán bộ", "Organisation and staffing"));
            List<ProgressChart.Item> items = new ArrayList<>();
            for (Object[] row : rows) {
                LocalizedText label = (LocalizedText) row[0];
                SeatCount seats = (SeatCount) row[1];
                s.add(Ratio.of(label, seats.filled(), seats.planned()).withoutPercent());
                items.add(ProgressChart.Item.of(label, seats.filled(), seats.planned()));
            }
            s.add(ProgressChart.of(t("Chỉ định cán bộ theo chức danh", "Appointments by role"), items));
            return s.build();
        }

        private void seals(Section.Builder s) {
            SealAggregate seals = SealAggregate.of(dataset, asOf);
            s.add(Ratio.of(t("Đảng ủy xã, phường đã làm dấu cho cơ quan tham mưu",
                    "Commune Party committees with seals for their offices"), seals.staffBodiesSealed(), seals.communes())
                    .withoutPercent());
            s.add(Ratio.of(t("Xã, phường đã đề nghị làm dấu cho tổ chức cơ sở đảng",
                    "Communes that applied for seals of grassroots Party organisations"),
                    seals.organisationSealsRequested(), seals.communes()).withoutPercent());
            s.add(Count.of(t("Đảng ủy đang hoàn thiện hồ sơ làm dấu", "Party committees preparing seal applications"),
                    seals.organisationSealsPreparing()));
        }

        private void procedures(Section.Builder s) {
            dossiers.ifPresent(d -> {
                s.add(roundedDown(t("Hồ sơ tiếp nhận", "Dossiers received"), d.total()).withUnit(t("hồ sơ", "dossiers")));
                long online = 0;
                for (Channel c : onlineChannels) {
                    online += d.count(c);
                }
                LocalizedText shareLabel = t("Tỷ lệ hồ sơ nộp trực tuyến", "Share filed online");
                Optional<BigDecimal> percent = Fraction.of(online, d.total()).percent(0);
                s.add(percent.isPresent() ? Share.ofPercent(shareLabel, percent.get()) : Ratio.of(shareLabel, online, 0));
                List<BarChart.Bar> bars = new ArrayList<>();
                for (Channel c : Channel.values()) {
                    bars.add(new BarChart.Bar(t(capitalise(c.vietnamese()), capitalise(c.english())),
                            d.count(c)));
                }
                s.add(BarChart.of(t("Hồ sơ theo hình thức nộp", "Dossiers by channel"), bars).withUnit(t("hồ sơ", "dossiers")));
            });
            long commune = dataset.procedures().stream().filter(p -> p.isCarriedOutAt(AdministrativeLevel.COMMUNE))
                    .map(Procedure::code).distinct().count();
            LocalizedText label = t("TTHC cấp xã", "Commune-level procedures");
            LocalizedText unit = t("thủ tục", "procedures");
            Optional<ReportedFigure> before = reported.get(StandardFigure.PREVIOUS_COMMUNE_PROCEDURES);
            if (before.isPresent()) {
                s.add(Change.of(label, before.get().value(), commune).withUnit(unit).withSource(before.get().source()));
            } else {
                s.add(Count.of(label, commune).withUnit(unit));
            }
            figure(s, StandardFigure.LAWYERS);
        }

        private void congresses(Section.Builder s) {
            CongressAggregate c = CongressAggregate.of(dataset, schedule.parameters(asOf));
            Formats vi = Formats.of(Language.VI);
            Formats en = Formats.of(Language.EN);
            String beforeVi = vi.date(schedule.before().last());
            String beforeEn = en.date(schedule.before().last());
            LocalizedText l1 = t("Tổ chức cơ sở Đảng đã tiến hành Đại hội (trước " + beforeVi + ")",
                    "Grassroots organisations that held congresses (before " + beforeEn + ")");
            LocalizedText l2 = t("Chi bộ trực thuộc mới thành lập đã tổ chức Đại hội", "New branches that held congresses");
            LocalizedText l3 = t("Chi, đảng bộ cơ sở đã tổ chức Đại hội",
                    "Grassroots branches and committees that held congresses");
            long h1 = c.held(CongressSchedule.BEFORE);
            long r1 = c.required(CongressSchedule.BEFORE);
            long h2 = c.held(CongressSchedule.AFTER_SUBORDINATE_CELLS);
            long r2 = c.required(CongressSchedule.AFTER_SUBORDINATE_CELLS);
            long h3 = c.held(CongressSchedule.AFTER_BASIC);
            long r3 = c.required(CongressSchedule.AFTER_BASIC);
            s.add(Ratio.of(l1, h1, r1));
            s.add(Ratio.of(l2, h2, r2));
            s.add(Ratio.of(l3, h3, r3).withPercentDecimals(2));
            s.add(ProgressChart.of(t("Tiến độ Đại hội", "Congress progress"), List.of(
                    ProgressChart.Item.of(t("Trước " + beforeVi, "Before " + beforeEn), h1, r1),
                    ProgressChart.Item.of(t("Chi bộ mới thành lập", "New branches"), h2, r2),
                    ProgressChart.Item.of(t("Chi, đảng bộ cơ sở", "Grassroots branches"), h3, r3))));
            PartyOrganisation.Kind commune = PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE;
            long communes = c.congresses(commune);
            s.section(t("Đại hội Đảng bộ xã, phường", "Commune Party congresses"), x -> {
                x.add(Ratio.of(t("Xã, phường đang xin ý kiến về dự thảo Báo cáo Chính trị",
                        "Communes consulting on the draft political report"),
                        c.politicalReport(commune, Congress.ReportDraftStatus.CONSULTING), communes).withoutPercent());
                x.add(Ratio.of(t("Đơn vị đang hoàn thiện dự thảo Báo cáo", "Units finishing the draft report"),
                        c.politicalReport(commune, Congress.ReportDraftStatus.DRAFTING), communes).withoutPercent());
                List<BarChart.Bar> bars = new ArrayList<>();
                long pilots = 0;
                for (int i = 0; i < schedule.registrations().size(); i++) {
                    bars.add(new BarChart.Bar(schedule.registrations().get(i).label(),
                            c.registered(CongressSchedule.registrationKey(i))));
                    pilots += c.pilots(CongressSchedule.registrationKey(i));
                }
                if (!bars.isEmpty()) {
                    x.add(BarChart.of(t("Đăng ký tổ chức Đại hội theo thời gian", "Congress dates registered"), bars)
                            .withUnit(t("đơn vị", "units")));
                }
                if (pilots > 0) {
                    x.add(Count.of(t("Đại hội điểm", "Pilot congresses"), pilots).withUnit(t("đơn vị", "units")));
                    x.add(pilotTable(vi, en));
                }
            });
        }

        /** The pilot commune congresses registered in a registration window, by registered date. */
        private Table pilotTable(Formats vi, Formats en) {
            Table.Builder tb = Table.builder(t("Danh sách đại hội điểm", "List of pilot congresses"))
                    .column(t("Đảng bộ", "Party organisation"), ColumnType.TEXT)
                    .column(t("Ngày tổ chức", "Dates"), ColumnType.TEXT);
            dataset.congresses().stream()
                    .filter(k -> k.pilot() && k.registered().isPresent())
                    .filter(k -> schedule.registrations().stream().anyMatch(w -> k.registeredWithin(w.dates())))
                    .filter(k -> dataset.organisation(k.organisation())
                            .map(o -> o.kind() == PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE).orElse(false))
                    .sorted((a, b) -> a.registered().get().first().compareTo(b.registered().get().first()))
                    .forEach(k -> {
                        Congress.Dates d = k.registered().get();
                        Period p = Period.of(d.first(), d.last());
                        String name = dataset.organisation(k.organisation()).get().name();
                        tb.row(Cell.text(LocalizedText.of(name)), Cell.text(t(vi.period(p), en.period(p))));
                    });
            return tb.build();
        }

        private void figure(Section.Builder s, StandardFigure f) {
            reported.get(f).ifPresent(x -> s.add(x.toCount()));
        }
    }

    /** The multiple the computed counts print rounded down to, as the article prints them. */
    static final long PRINTED_STEP = 1000;

    /**
     * The exact count {@code value}, printed rounded down to a multiple of 1.000 with "hơn" when
     * something was cut and exactly below 1.000 ({@link Count#roundedDown(long)}).
     */
    static Count roundedDown(LocalizedText label, long value) {
        return Count.of(label, value).roundedDown(PRINTED_STEP);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static LocalizedText t(String vi, String en) {
        return LocalizedText.of(vi, en);
    }
}
