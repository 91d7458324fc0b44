package org.haicap.core.party;

/**
 * A region of the regional minimum wage (vùng lương tối thiểu): I to IV. Under QĐ 01-QĐ/TW the
 * region is where the member attends party activities [C].
 */
public enum WageRegion {
    /** Vùng I. */
    I,
    /** Vùng II. */
    II,
    /** Vùng III. */
    III,
    /** Vùng IV. */
    IV;

    /** The Vietnamese name, e.g. {@code Vùng I}. */
    public String vietnamese() {
        return "Vùng " + name();
    }

    /** The English name, e.g. {@code Region I}. */
    public String english() {
        return "Region " + name();
    }
}
