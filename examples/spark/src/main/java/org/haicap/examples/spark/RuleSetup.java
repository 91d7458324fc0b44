package org.haicap.examples.spark;

import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.calendar.WorkingDayCalendar;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.FeeBases;
import org.haicap.core.party.MemberSituation;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.units.CatalogueAmendments;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.rules.FeeBasisLookup;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.RuleSettings;
import org.haicap.validation.rules.RuleSettingsException;

/**
 * What the rules of a job run with, as data that travels (thiết lập quy tắc gửi tới các máy): the
 * locality's rule settings as their JSON text ({@code haicap-rule-settings} 1.0, see
 * {@link RuleSettings}) and what the services are built from — catalogue amendments, a fee-basis
 * table, or one salary every member's party fee is based on. It holds no {@code RuleParameters}
 * (they hold functions) and no class name: each JVM builds the services and then the parameters
 * once ({@link #parameters()}, called by {@code ExecutorContext}), so the driver and every
 * executor run the same rules. Immutable and thread-safe; serialisable, a part of the broadcast
 * {@link ReportInputs}.
 *
 * <p>The services built: the catalogue {@link UnitCatalog#official()}, with the amendments when
 * given; the calendar {@link WorkingDayCalendar#defaults()}; the fee-basis lookup of the table
 * ({@link FeeBasisLookup#of(FeeBases)}) or of the salary when given, none otherwise.
 */
public final class RuleSetup implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final RuleSetup DEFAULTS = new RuleSetup("", "", null, null, 0);

    private final String settings;
    private final String settingsSource;
    private final CatalogueAmendments amendments;
    private final FeeBases feeBases;
    private final long feeBasisSalary;

    private RuleSetup(String settings, String settingsSource, CatalogueAmendments amendments, FeeBases feeBases,
            long feeBasisSalary) {
        this.settings = settings;
        this.settingsSource = settingsSource;
        this.amendments = amendments;
        this.feeBases = feeBases;
        this.feeBasisSalary = feeBasisSalary;
    }

    /** The default settings on the official catalogue, the default calendar and no fee basis. */
    public static RuleSetup defaults() {
        return DEFAULTS;
    }

    /**
     * The same setup with these settings; they are read at once onto this setup's services, so a
     * bad document fails here, on the driver, not in a task.
     *
     * @param json a rule-settings document
     * @param source what to call it in messages (the file name)
     * @return the new setup
     * @throws RuleSettingsException naming the source, the JSON path and why if the document is
     *     not a valid settings document for this setup's catalogue
     */
    public RuleSetup withSettings(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        RuleSetup changed = new RuleSetup(json, source, amendments, feeBases, feeBasisSalary);
        changed.parameters();
        return changed;
    }

    /**
     * The same setup on the official catalogue with these amendments applied. Give the
     * amendments before the settings, whose unit codes are checked against the catalogue.
     *
     * @throws org.haicap.core.units.AmendmentException if the amendments do not fit the catalogue
     */
    public RuleSetup withAmendments(CatalogueAmendments value) {
        UnitCatalog.official().withAmendments(Objects.requireNonNull(value, "amendments"));
        return new RuleSetup(settings, settingsSource, value, feeBases, feeBasisSalary);
    }

    /** The same setup with the fee bases of this table (and no salary for every member). */
    public RuleSetup withFeeBases(FeeBases value) {
        return new RuleSetup(settings, settingsSource, amendments, Objects.requireNonNull(value, "feeBases"), 0);
    }

    /**
     * The same setup where every member's party fee is based on a compulsory-insurance salary
     * of {@code salary} đ, every month (and no fee-basis table), as in generated test data.
     *
     * @throws IllegalArgumentException if the salary is not positive
     */
    public RuleSetup withFeeBasisSalary(long salary) {
        if (salary <= 0) {
            throw new IllegalArgumentException("Lương làm căn cứ phải dương: " + salary
                    + " / The salary of the fee basis must be positive: " + salary);
        }
        return new RuleSetup(settings, settingsSource, amendments, null, salary);
    }

    /** The settings document as given, or empty for the defaults. */
    public String settings() {
        return settings;
    }

    /** The name of the settings document in messages, or empty for the defaults. */
    public String settingsSource() {
        return settingsSource;
    }

    /** The catalogue amendments applied on the official catalogue, if any. */
    public Optional<CatalogueAmendments> amendments() {
        return Optional.ofNullable(amendments);
    }

    /** The fee-basis table, if any. */
    public Optional<FeeBases> feeBases() {
        return Optional.ofNullable(feeBases);
    }

    /** The salary every member's fee is based on, or 0 when none. */
    public long feeBasisSalary() {
        return feeBasisSalary;
    }

    /**
     * Builds the services and then the rule parameters from the settings, anew on every call:
     * each JVM calls it once per broadcast ({@code ExecutorContext}).
     *
     * @return the parameters
     * @throws RuleSettingsException if the settings are not valid (already checked when they
     *     were given, so not on an executor)
     */
    public RuleParameters parameters() {
        UnitCatalog catalog = amendments == null ? UnitCatalog.official() : UnitCatalog.official().withAmendments(amendments);
        RuleParameters.Builder services = RuleParameters.builder().catalog(catalog)
                .calendar(WorkingDayCalendar.defaults());
        if (feeBases != null) {
            services.feeBasis(FeeBasisLookup.of(feeBases));
        } else if (feeBasisSalary > 0) {
            PartyFeeBasis basis = PartyFeeBasis.of(new MemberSituation.CompulsoryInsurance(Vnd.of(feeBasisSalary)));
            services.feeBasis((String member, YearMonth month) -> Optional.of(basis));
        }
        RuleParameters base = services.build();
        return settings.isEmpty() ? base : RuleSettings.parse(settings, settingsSource, base);
    }

    /** Equal when the settings text, source, amendments, fee bases and salary are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSetup r && r.settings.equals(settings) && r.settingsSource.equals(settingsSource)
                && Objects.equals(r.amendments, amendments) && Objects.equals(r.feeBases, feeBases)
                && r.feeBasisSalary == feeBasisSalary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, settingsSource, amendments, feeBases, feeBasisSalary);
    }

    /** Names and counts, never an amount or a member. */
    @Override
    public String toString() {
        return "RuleSetup[settings=" + (settings.isEmpty() ? "defaults" : settingsSource) + ", amendments="
                + (amendments == null ? "none" : amendments.source()) + ", feeBases="
                + (feeBases == null ? "none" : feeBases.toString()) + ", feeBasisSalary="
                + (feeBasisSalary > 0 ? "given" : "none") + "]";
    }
}
