package org.haicap.validation.rules;

import org.haicap.core.units.AdminUnit;

/**
 * The parameters of the staffing rules that judge appointed people rather than planned seats
 * (tham số về nhân sự đã chỉ định), with documented defaults. Part of {@link RuleParameters}
 * ({@link RuleParameters#staffing()}). Immutable and thread-safe.
 *
 * <table>
 *   <caption>Defaults and their sources</caption>
 *   <tr><th>Parameter</th><th>Default</th><th>Source</th></tr>
 *   <tr><td>{@link #executiveCommitteeMinimum()}</td><td>27: fewer appointed Ban Chấp hành members
 *       is a warning</td><td>Chỉ thị 45-CT/TW: "Ban Chấp hành từ 27 đến 33" [C]</td></tr>
 *   <tr><td>{@link #councilStandingOutsideCommittee()}</td><td>{@code true}: a member of the
 *       Thường trực HĐND who also holds a UBND post is a warning</td><td>Luật 72/2025/QH15,
 *       Điều 29(2), as read by a law portal (luatmtpd.com) [P]; {@code false} turns the rule off</td></tr>
 *   <tr><td>{@link #countPartlyMergedCommunes()}</td><td>{@code true}: a former commune of which
 *       only a part came to the unit counts toward the Ban Chấp hành cap (27 up to 2 merged
 *       communes, 33 from 3)</td><td>Chỉ thị 45-CT/TW does not say how a split commune counts
 *       [U]; {@code true} is {@link AdminUnit#mergedCommuneCount()}</td></tr>
 * </table>
 *
 * @param executiveCommitteeMinimum the fewest appointed Ban Chấp hành members without a warning, 1 to 200
 * @param councilStandingOutsideCommittee whether the rule that the Thường trực HĐND sit outside
 *     the UBND is checked
 * @param countPartlyMergedCommunes whether partly merged former communes count toward the cap
 */
public record StaffingParameters(int executiveCommitteeMinimum, boolean councilStandingOutsideCommittee,
        boolean countPartlyMergedCommunes) {

    private static final StaffingParameters DEFAULTS = new StaffingParameters(27, true, true);

    /**
     * Checks the values.
     *
     * @throws InvalidParameterException if the minimum is not 1 to 200
     */
    public StaffingParameters {
        if (executiveCommitteeMinimum < 1 || executiveCommitteeMinimum > 200) {
            throw new InvalidParameterException("executiveCommitteeMinimum", Integer.toString(executiveCommitteeMinimum),
                    "phải từ 1 đến 200", "must be 1 to 200");
        }
    }

    /** The defaults listed on the type. */
    public static StaffingParameters defaults() {
        return DEFAULTS;
    }

    /** These parameters with another Ban Chấp hành minimum. */
    public StaffingParameters withExecutiveCommitteeMinimum(int value) {
        return new StaffingParameters(value, councilStandingOutsideCommittee, countPartlyMergedCommunes);
    }

    /** These parameters with the Thường trực HĐND rule on or off. */
    public StaffingParameters withCouncilStandingOutsideCommittee(boolean value) {
        return new StaffingParameters(executiveCommitteeMinimum, value, countPartlyMergedCommunes);
    }

    /** These parameters counting partly merged former communes toward the cap, or not. */
    public StaffingParameters withCountPartlyMergedCommunes(boolean value) {
        return new StaffingParameters(executiveCommitteeMinimum, councilStandingOutsideCommittee, value);
    }

    /** The number of merged communes of {@code unit} the Ban Chấp hành cap is chosen by. */
    public int mergedCommunes(AdminUnit unit) {
        return unit.mergedCommuneCount(countPartlyMergedCommunes);
    }
}
