package org.haicap.validation.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.calendar.WorkingDayCalendar;
import org.haicap.core.party.PartyFeeRules;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.people.HdndChairSettings;
import org.haicap.core.procedures.DueDateBasis;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Severity;

/**
 * The parameters a locality may change (tham số của địa phương), with documented defaults.
 * Immutable and thread-safe; build with {@link #builder()} or start from {@link #defaults()}.
 *
 * <table>
 *   <caption>Defaults and their sources</caption>
 *   <tr><th>Parameter</th><th>Default</th><th>Source</th></tr>
 *   <tr><td>{@link #hdndChair()}</td><td>the Phó Bí thư Thường trực chairs the HĐND, every unit</td>
 *       <td>Chỉ thị 45-CT/TW: Bí thư or Phó Bí thư Thường trực [C]; which one varies [U]</td></tr>
 *   <tr><td>{@link #committeeViceChairs(UnitCode)}</td><td>2 per commune</td><td>Hà Nội 09-HD/TU [P]</td></tr>
 *   <tr><td>{@link #provinceViceChairAverage()}, {@link #provinceViceChairAverageFrom()}</td>
 *       <td>2.5, from 2025-11-17</td><td>NĐ 300/2025/NĐ-CP [C]</td></tr>
 *   <tr><td>{@link #overQuotaToleranceEnd()}</td><td>2030-07-01: over-quota counts are warnings before,
 *       errors from then</td><td>Kết luận 150-KL/TW, item 1(4) [C]</td></tr>
 *   <tr><td>{@link #executiveCommitteeCapSmall()}, {@link #executiveCommitteeCapLarge()},
 *       {@link #executiveCommitteeLargeFromMerged()}</td><td>27, 33, 3 merged communes</td>
 *       <td>Chỉ thị 45-CT/TW [C]</td></tr>
 *   <tr><td>{@link #standingCommitteeMin()}, {@link #standingCommitteeMax()}</td><td>9, 11</td>
 *       <td>Chỉ thị 45-CT/TW [C]</td></tr>
 *   <tr><td>{@link #minimumFullMembers()}, {@link #basicCommitteeThreshold()}</td><td>3, 30</td>
 *       <td>Điều lệ Đảng, Điều 21 [C]</td></tr>
 *   <tr><td>{@link #secretaryGracePeriod()}</td><td>none: a unit without a Bí thư is an error at
 *       once</td><td>§1.4 item 1; a locality may allow time after 2025-07-01 [U]</td></tr>
 *   <tr><td>{@link #calendar()}</td><td>{@link WorkingDayCalendar#defaults()}: the announced schedules of 2025
 *       and 2026, the statutory formula for other years; 24/11 (Ngày Văn hóa Việt Nam) not a holiday</td>
 *       <td>TB 6150/TB-BLĐTBXH, CV 12729/VPCP-KGVX, TB 9441/TB-BNV [C]; Bộ luật Lao động 2019, Điều 111–112;
 *       24/11 pending [U]</td></tr>
 *   <tr><td>{@link #timelinessDueDate()}</td><td>{@link DueDateBasis#ORIGINAL}: timeliness statistics count the
 *       due date of the receipt, not a Form 04 revised one</td><td>Mẫu 04, TT 03/2025/TT-VPCP; which date official
 *       statistics use was not found [U] (DOMAIN.md §4.3)</td></tr>
 *   <tr><td>{@link #feeRules()}</td><td>{@link PartyFeeRules#defaults()}</td><td>QĐ 01-QĐ/TW, QĐ 342-QĐ/TW</td></tr>
 *   <tr><td>{@link #feeBasis()}</td><td>none: the fee-equality rule reports one INFO finding
 *       and no measure</td><td>—</td></tr>
 *   <tr><td>{@link #catalog()}</td><td>{@link UnitCatalog#official()}</td><td>NQ of UBTVQH, 2025</td></tr>
 *   <tr><td>{@link #cellCommitteeThreshold()}, {@link #cellCommitteeMax()}</td><td>9 full members, 7 seats</td>
 *       <td>QĐ 29-QĐ/TW (2016) item 24, QĐ 294-QĐ/TW [C]</td></tr>
 *   <tr><td>{@link #unpaidFeeMonths()}</td><td>3 months in a calendar year</td>
 *       <td>Điều lệ Đảng, Điều 8 (xóa tên) [P]</td></tr>
 *   <tr><td>{@link #staffing()}</td><td>{@link StaffingParameters#defaults()}</td><td>see that type</td></tr>
 * </table>
 */
public final class RuleParameters {

    private static final RuleParameters DEFAULTS = builder().build();

    private final HdndChairSettings hdndChair;
    private final int defaultViceChairs;
    private final Map<UnitCode, Integer> viceChairsByUnit;
    private final double provinceViceChairAverage;
    private final LocalDate provinceViceChairAverageFrom;
    private final LocalDate overQuotaToleranceEnd;
    private final int executiveCapSmall;
    private final int executiveCapLarge;
    private final int executiveLargeFromMerged;
    private final int standingMin;
    private final int standingMax;
    private final int minimumFullMembers;
    private final int basicThreshold;
    private final Period secretaryGracePeriod;
    private final WorkingDayCalendar calendar;
    private final DueDateBasis timelinessDueDate;
    private final PartyFeeRules feeRules;
    private final Optional<FeeBasisLookup> feeBasis;
    private final UnitCatalog catalog;
    private final Map<String, Severity> severities;
    // party organisation and party-fee parameters (DOMAIN.md §2, §3)
    private final int cellCommitteeThreshold;
    private final int cellCommitteeMax;
    private final int unpaidFeeMonths;
    private final StaffingParameters staffing;

    private RuleParameters(Builder b) {
        this.hdndChair = b.hdndChair;
        this.defaultViceChairs = b.defaultViceChairs;
        this.viceChairsByUnit = Collections.unmodifiableMap(new HashMap<>(b.viceChairsByUnit));
        this.provinceViceChairAverage = b.provinceViceChairAverage;
        this.provinceViceChairAverageFrom = b.provinceViceChairAverageFrom;
        this.overQuotaToleranceEnd = b.overQuotaToleranceEnd;
        this.executiveCapSmall = b.executiveCapSmall;
        this.executiveCapLarge = b.executiveCapLarge;
        this.executiveLargeFromMerged = b.executiveLargeFromMerged;
        this.standingMin = b.standingMin;
        this.standingMax = b.standingMax;
        this.minimumFullMembers = b.minimumFullMembers;
        this.basicThreshold = b.basicThreshold;
        this.secretaryGracePeriod = b.secretaryGracePeriod;
        this.calendar = b.calendar;
        this.timelinessDueDate = b.timelinessDueDate;
        this.feeRules = b.feeRules;
        this.feeBasis = Optional.ofNullable(b.feeBasis);
        this.catalog = b.catalog;
        this.severities = Collections.unmodifiableMap(new HashMap<>(b.severities));
        this.cellCommitteeThreshold = b.cellCommitteeThreshold;
        this.cellCommitteeMax = b.cellCommitteeMax;
        this.unpaidFeeMonths = b.unpaidFeeMonths;
        this.staffing = b.staffing;
    }

    /** The defaults listed on the type. */
    public static RuleParameters defaults() {
        return DEFAULTS;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these parameters. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.hdndChair = hdndChair;
        b.defaultViceChairs = defaultViceChairs;
        b.viceChairsByUnit.putAll(viceChairsByUnit);
        b.provinceViceChairAverage = provinceViceChairAverage;
        b.provinceViceChairAverageFrom = provinceViceChairAverageFrom;
        b.overQuotaToleranceEnd = overQuotaToleranceEnd;
        b.executiveCapSmall = executiveCapSmall;
        b.executiveCapLarge = executiveCapLarge;
        b.executiveLargeFromMerged = executiveLargeFromMerged;
        b.standingMin = standingMin;
        b.standingMax = standingMax;
        b.minimumFullMembers = minimumFullMembers;
        b.basicThreshold = basicThreshold;
        b.secretaryGracePeriod = secretaryGracePeriod;
        b.calendar = calendar;
        b.timelinessDueDate = timelinessDueDate;
        b.feeRules = feeRules;
        b.feeBasis = feeBasis.orElse(null);
        b.catalog = catalog;
        b.severities.putAll(severities);
        b.cellCommitteeThreshold = cellCommitteeThreshold;
        b.cellCommitteeMax = cellCommitteeMax;
        b.unpaidFeeMonths = unpaidFeeMonths;
        b.staffing = staffing;
        return b;
    }

    /** Who chairs the HĐND, per unit. */
    public HdndChairSettings hdndChair() {
        return hdndChair;
    }

    /** The number of Phó Chủ tịch UBND the locality sets for a unit. */
    public int committeeViceChairs(UnitCode unit) {
        return viceChairsByUnit.getOrDefault(unit, defaultViceChairs);
    }

    /** The highest province-wide average of Phó Chủ tịch UBND per commune. */
    public double provinceViceChairAverage() {
        return provinceViceChairAverage;
    }

    /** The first day the province-wide average applies. */
    public LocalDate provinceViceChairAverageFrom() {
        return provinceViceChairAverageFrom;
    }

    /** The first day over-quota counts are errors rather than warnings. */
    public LocalDate overQuotaToleranceEnd() {
        return overQuotaToleranceEnd;
    }

    /** The Ban Chấp hành cap of a unit formed from fewer merged communes (or not merged). */
    public int executiveCommitteeCapSmall() {
        return executiveCapSmall;
    }

    /** The Ban Chấp hành cap of a unit formed by merging many communes. */
    public int executiveCommitteeCapLarge() {
        return executiveCapLarge;
    }

    /** From how many merged communes the larger cap applies. */
    public int executiveCommitteeLargeFromMerged() {
        return executiveLargeFromMerged;
    }

    /** The Ban Chấp hành cap of a unit formed from {@code mergedCommunes} communes. */
    public int executiveCommitteeCap(int mergedCommunes) {
        return mergedCommunes >= executiveLargeFromMerged ? executiveCapLarge : executiveCapSmall;
    }

    /** The fewest Ban Thường vụ members. */
    public int standingCommitteeMin() {
        return standingMin;
    }

    /** The most Ban Thường vụ members. */
    public int standingCommitteeMax() {
        return standingMax;
    }

    /** The fewest full members of a party organisation. */
    public int minimumFullMembers() {
        return minimumFullMembers;
    }

    /** From this many members a basic organisation is a đảng bộ cơ sở. */
    public int basicCommitteeThreshold() {
        return basicThreshold;
    }

    /**
     * How long after 2025-07-01 a unit may have no Bí thư before it is an error (before that it
     * is a warning).
     */
    public Period secretaryGracePeriod() {
        return secretaryGracePeriod;
    }

    /** The working-day calendar that computes due dates. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * Which due date timeliness statistics (on time, late, overdue) count when a Form 04 letter
     * promised a new one: {@link DueDateBasis#ORIGINAL} by default, because which one official
     * statistics use is uncertain [U]; give it to {@code DossierAggregate.Parameters} of the reports.
     */
    public DueDateBasis timelinessDueDate() {
        return timelinessDueDate;
    }

    /** The party-fee rules. */
    public PartyFeeRules feeRules() {
        return feeRules;
    }

    /** The lookup of fee bases, when the application supplies one. */
    public Optional<FeeBasisLookup> feeBasis() {
        return feeBasis;
    }

    /** The unit catalogue. */
    public UnitCatalog catalog() {
        return catalog;
    }

    /**
     * The severity of findings of a rule that are not over-quota findings: the override if one
     * was set, else {@code base}.
     */
    public Severity severity(String ruleId, Severity base) {
        return severities.getOrDefault(ruleId, base);
    }

    /** The parameters of the rules on appointed people ({@link StaffingParameters}). */
    public StaffingParameters staffing() {
        return staffing;
    }

    /** The severity of an over-quota finding on {@code asOf}: a warning before the tolerance ends. */
    public Severity overQuotaSeverity(LocalDate asOf) {
        return asOf.isBefore(overQuotaToleranceEnd) ? Severity.WARNING : Severity.ERROR;
    }

    /** From how many full members a chi bộ elects a chi ủy (QĐ 29-QĐ/TW item 24, QĐ 294-QĐ/TW) [C]; default 9. */
    public int cellCommitteeThreshold() {
        return cellCommitteeThreshold;
    }

    /** The most members of a chi ủy (QĐ 29-QĐ/TW item 24, QĐ 294-QĐ/TW) [C]; default 7. */
    public int cellCommitteeMax() {
        return cellCommitteeMax;
    }

    /**
     * How many unpaid months in one calendar year flag a member for the chi bộ's review (xóa
     * tên, Điều lệ Đảng, Điều 8) [P]; default 3.
     */
    public int unpaidFeeMonths() {
        return unpaidFeeMonths;
    }

    // ---- accessors the settings file writer uses (RuleSettings, docs/validation.md §6.2)

    /** The Phó Chủ tịch UBND of every unit without its own number ({@link Builder#committeeViceChairs(int)}). */
    public int committeeViceChairsDefault() {
        return defaultViceChairs;
    }

    /** The units with their own number of Phó Chủ tịch UBND (unmodifiable). */
    public Map<UnitCode, Integer> committeeViceChairsByUnit() {
        return viceChairsByUnit;
    }

    /** The severity overrides by rule id (unmodifiable; {@link Builder#severity}). */
    public Map<String, Severity> severityOverrides() {
        return severities;
    }

    /**
     * Builds {@link RuleParameters}. Not thread-safe.
     */
    public static final class Builder {
        private HdndChairSettings hdndChair = HdndChairSettings.uniform(HdndChairArrangement.STANDING_DEPUTY_SECRETARY);
        private int defaultViceChairs = 2;
        private final Map<UnitCode, Integer> viceChairsByUnit = new HashMap<>();
        private double provinceViceChairAverage = 2.5;
        private LocalDate provinceViceChairAverageFrom = LocalDate.of(2025, 11, 17);
        private LocalDate overQuotaToleranceEnd = LocalDate.of(2030, 7, 1);
        private int executiveCapSmall = 27;
        private int executiveCapLarge = 33;
        private int executiveLargeFromMerged = 3;
        private int standingMin = 9;
        private int standingMax = 11;
        private int minimumFullMembers = 3;
        private int basicThreshold = 30;
        private Period secretaryGracePeriod = Period.ZERO;
        private WorkingDayCalendar calendar = WorkingDayCalendar.defaults();
        private DueDateBasis timelinessDueDate = DueDateBasis.ORIGINAL;
        private PartyFeeRules feeRules = PartyFeeRules.defaults();
        private FeeBasisLookup feeBasis;
        private UnitCatalog catalog;
        private final Map<String, Severity> severities = new HashMap<>();
        private int cellCommitteeThreshold = 9;
        private int cellCommitteeMax = 7;
        private int unpaidFeeMonths = 3;
        private StaffingParameters staffing = StaffingParameters.defaults();

        private Builder() {
        }

        /** The parameters of the rules on appointed people. */
        public Builder staffing(StaffingParameters value) {
            this.staffing = Objects.requireNonNull(value, "staffing");
            return this;
        }

        /** Who chairs the HĐND. */
        public Builder hdndChair(HdndChairSettings value) {
            this.hdndChair = Objects.requireNonNull(value, "hdndChair");
            return this;
        }

        /** The Phó Chủ tịch UBND of every unit without its own number; 0 to 10. */
        public Builder committeeViceChairs(int n) {
            this.defaultViceChairs = range("committeeViceChairs", n, 0, 10);
            return this;
        }

        /** The Phó Chủ tịch UBND of one unit; 0 to 10. */
        public Builder committeeViceChairs(UnitCode unit, int n) {
            viceChairsByUnit.put(Objects.requireNonNull(unit, "unit"), range("committeeViceChairs", n, 0, 10));
            return this;
        }

        /** The province-wide average cap and the day it applies from. */
        public Builder provinceViceChairAverage(double average, LocalDate from) {
            if (!(average > 0 && average <= 10)) {
                throw new InvalidParameterException("provinceViceChairAverage", Double.toString(average),
                        "phải lớn hơn 0 và không quá 10", "must be above 0 and at most 10");
            }
            this.provinceViceChairAverage = average;
            this.provinceViceChairAverageFrom = Objects.requireNonNull(from, "from");
            return this;
        }

        /** The first day over-quota counts are errors. */
        public Builder overQuotaToleranceEnd(LocalDate value) {
            this.overQuotaToleranceEnd = Objects.requireNonNull(value, "overQuotaToleranceEnd");
            return this;
        }

        /**
         * The Ban Chấp hành caps: {@code small} for units of fewer than {@code largeFromMerged}
         * merged communes, {@code large} otherwise.
         */
        public Builder executiveCommitteeCaps(int small, int large, int largeFromMerged) {
            range("executiveCommitteeCapSmall", small, 1, 200);
            range("executiveCommitteeCapLarge", large, small, 200);
            range("executiveCommitteeLargeFromMerged", largeFromMerged, 1, 100);
            this.executiveCapSmall = small;
            this.executiveCapLarge = large;
            this.executiveLargeFromMerged = largeFromMerged;
            return this;
        }

        /** The Ban Thường vụ bounds. */
        public Builder standingCommittee(int min, int max) {
            range("standingCommitteeMin", min, 0, 100);
            range("standingCommitteeMax", max, Math.max(1, min), 100);
            this.standingMin = min;
            this.standingMax = max;
            return this;
        }

        /** The fewest full members of a party organisation. */
        public Builder minimumFullMembers(int n) {
            this.minimumFullMembers = range("minimumFullMembers", n, 1, 100);
            return this;
        }

        /** From how many members a basic organisation is a đảng bộ cơ sở. */
        public Builder basicCommitteeThreshold(int n) {
            this.basicThreshold = range("basicCommitteeThreshold", n, 2, 10_000);
            return this;
        }

        /** How long after 2025-07-01 a missing Bí thư is only a warning; not negative. */
        public Builder secretaryGracePeriod(Period value) {
            Objects.requireNonNull(value, "secretaryGracePeriod");
            if (value.isNegative()) {
                throw new InvalidParameterException("secretaryGracePeriod", value.toString(),
                        "không được âm", "must not be negative");
            }
            this.secretaryGracePeriod = value;
            return this;
        }

        /**
         * The working-day calendar; by default {@link WorkingDayCalendar#defaults()}. For a year
         * the calendar computes by formula, or a span with a pending holiday, a due-date mismatch
         * is at most a warning. To make 24/11 a holiday, or to add a schedule read from a file:
         * {@code calendar(WorkingDayCalendar.builder().announcedSchedules()
         * .officialSchedule(OfficialSchedule.read(path)).vietnameseCultureDay(true).build())}.
         */
        public Builder calendar(WorkingDayCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /** Which due date timeliness statistics count: the original or a Form 04 revised one. */
        public Builder timelinessDueDate(DueDateBasis value) {
            this.timelinessDueDate = Objects.requireNonNull(value, "timelinessDueDate");
            return this;
        }

        /** The party-fee rules. */
        public Builder feeRules(PartyFeeRules value) {
            this.feeRules = Objects.requireNonNull(value, "feeRules");
            return this;
        }

        /** The lookup of members' fee bases. */
        public Builder feeBasis(FeeBasisLookup value) {
            this.feeBasis = Objects.requireNonNull(value, "feeBasis");
            return this;
        }

        /** The unit catalogue. */
        public Builder catalog(UnitCatalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /**
         * Overrides the severity of a rule's findings (not of over-quota findings, which follow
         * {@link #overQuotaToleranceEnd}).
         *
         * @throws InvalidParameterException if no standard rule has this id
         */
        public Builder severity(String ruleId, Severity severity) {
            Objects.requireNonNull(severity, "severity");
            if (Rules.find(ruleId).isEmpty()) {
                throw new InvalidParameterException("ruleId", String.valueOf(ruleId),
                        "không có quy tắc nào có mã này", "no rule has this id");
            }
            severities.put(ruleId, severity);
            return this;
        }

        /** The chi ủy rule: from {@code threshold} full members a chi bộ elects a chi ủy of at most {@code max}. */
        public Builder cellCommittee(int threshold, int max) {
            this.cellCommitteeThreshold = range("cellCommitteeThreshold", threshold, 2, 1000);
            this.cellCommitteeMax = range("cellCommitteeMax", max, 1, 1000);
            return this;
        }

        /** How many unpaid months in a calendar year flag a member for review: 1 to 12. */
        public Builder unpaidFeeMonths(int months) {
            this.unpaidFeeMonths = range("unpaidFeeMonths", months, 1, 12);
            return this;
        }

        /** Forgets every per-unit number of Phó Chủ tịch UBND: each unit has the default again. */
        public Builder clearCommitteeViceChairsByUnit() {
            viceChairsByUnit.clear();
            return this;
        }

        /** Forgets every severity override. */
        public Builder clearSeverities() {
            severities.clear();
            return this;
        }

        /** The parameters. */
        public RuleParameters build() {
            if (catalog == null) {
                catalog = UnitCatalog.official();
            }
            return new RuleParameters(this);
        }

        private static int range(String name, int n, int min, int max) {
            if (n < min || n > max) {
                throw new InvalidParameterException(name, Integer.toString(n),
                        "phải từ " + min + " đến " + max, "must be " + min + " to " + max);
            }
            return n;
        }
    }
}
