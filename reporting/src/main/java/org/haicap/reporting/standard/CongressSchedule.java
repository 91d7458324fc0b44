package org.haicap.reporting.standard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation.Kind;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.aggregate.CongressAggregate;

/**
 * The congress windows the operations report counts in (see {@link CongressAggregate} for the
 * rules):
 * <ul>
 *   <li>{@code before}: basic organisations (chi bộ cơ sở, đảng bộ cơ sở) that had to hold their
 *   congress before the reform ("1.233/1.238 … trước ngày 30/6/2025");</li>
 *   <li>{@code after}: from the reform on, counted twice — for newly formed subordinate cells
 *   ("493/1.780 chi bộ trực thuộc mới thành lập") and for basic organisations ("242/1.203 chi,
 *   đảng bộ cơ sở");</li>
 *   <li>{@code registrations}: labelled windows in which commune party committees register their
 *   congress ("21 - 31/7/2025: 19 đơn vị", "tháng 8/2025: 107 đơn vị").</li>
 * </ul>
 * This is an immutable, thread-safe value.
 *
 * @param before the window before the reform
 * @param after the window from the reform on
 * @param registrations the registration windows, in report order (copied)
 */
public record CongressSchedule(Congress.Dates before, Congress.Dates after, List<Registration> registrations) {

    /** Window key of the basic organisations before the reform. */
    public static final String BEFORE = "before";
    /** Window key of the newly formed subordinate cells after the reform. */
    public static final String AFTER_SUBORDINATE_CELLS = "after-subordinate-cells";
    /** Window key of the basic organisations after the reform. */
    public static final String AFTER_BASIC = "after-basic";

    /**
     * A labelled registration window for commune congresses. Immutable, thread-safe.
     *
     * @param label the label, e.g. {@code Tháng 8/2025}
     * @param dates the days
     */
    public record Registration(LocalizedText label, Congress.Dates dates) {
        /** Checks that no value is missing. */
        public Registration {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(dates, "dates");
        }
    }

    /** Checks and copies the values. */
    public CongressSchedule {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        registrations = List.copyOf(registrations);
    }

    /**
     * The schedule of the first congresses of the new communes, term 2025–2030, as the Hà Nội
     * report counts it: before = 1/1/2025–30/6/2025, after = 1/7/2025–31/12/2025, registrations
     * 21–31/7/2025 and August 2025.
     */
    public static CongressSchedule term2025() {
        return new CongressSchedule(new Congress.Dates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                new Congress.Dates(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
                List.of(new Registration(LocalizedText.of("21 - 31/7/2025", "21–31 July 2025"),
                                new Congress.Dates(LocalDate.of(2025, 7, 21), LocalDate.of(2025, 7, 31))),
                        new Registration(LocalizedText.of("Tháng 8/2025", "August 2025"),
                                new Congress.Dates(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31)))));
    }

    /** The key of registration window {@code i} (0-based): {@code registration-1}, … */
    public static String registrationKey(int i) {
        return "registration-" + (i + 1);
    }

    /** The aggregate parameters for {@code asOf}. */
    public CongressAggregate.Parameters parameters(LocalDate asOf) {
        Set<Kind> basic = EnumSet.of(Kind.BASIC_PARTY_CELL, Kind.BASIC_PARTY_COMMITTEE);
        List<CongressAggregate.Window> regs = new ArrayList<>();
        for (int i = 0; i < registrations.size(); i++) {
            regs.add(new CongressAggregate.Window(registrationKey(i), Set.of(Kind.COMMUNE_PARTY_COMMITTEE),
                    registrations.get(i).dates()));
        }
        return new CongressAggregate.Parameters(asOf, List.of(
                new CongressAggregate.Window(BEFORE, basic, before),
                new CongressAggregate.Window(AFTER_SUBORDINATE_CELLS, Set.of(Kind.SUBORDINATE_PARTY_CELL), after),
                new CongressAggregate.Window(AFTER_BASIC, basic, after)), regs);
    }
}
