package org.haicap.core.ids;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A personal identification number (số định danh cá nhân), the 12 digits on a căn cước card.
 *
 * <p>Its observed structure is {@code PPP G YY RRRRRR}: the code of the province where the
 * birth was registered, a digit for century and sex, the last two digits of the birth year and
 * six random digits. There is no check digit (Luật Căn cước 26/2023/QH15, Điều 12 only says
 * "12 chữ số"; the structure comes from NĐ 137/2015, since replaced, and is observed practice).
 * Creating a {@code CitizenId} checks only the shape (12 ASCII digits); {@link #structure()}
 * decodes the rest and says what does not fit, so a caller can decide how strict to be.
 *
 * <p>This is personal data: {@link #toString()} masks all but the last three digits, and
 * haicap never logs it. {@link #value()} gives the full number for storage.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param value the twelve ASCII digits
 */
public record CitizenId(String value) implements Serializable {

    /**
     * Birth-registration province codes of the 63 provinces before 1 July 2025 (TT 07/2016/TT-BCA
     * Annex 1). Which codes are issued for births registered in merged provinces after the 2025
     * reform is not known [U]; existing numbers do not change.
     */
    static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019",
            "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054",
            "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
            "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    /**
     * Checks the shape.
     *
     * @throws InvalidIdentifierException if {@code value} is not exactly 12 ASCII digits
     * @throws NullPointerException if {@code value} is null
     */
    public CitizenId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.CITIZEN_ID, value);
        }
    }

    /**
     * Parses a personal identification number; white space around it and single spaces or dots
     * between digit groups (as people type them) are removed first.
     *
     * @param text the number
     * @return the identifier
     * @throws InvalidIdentifierException if what remains is not 12 ASCII digits
     */
    public static CitizenId of(String text) {
        Objects.requireNonNull(text, "text");
        return new CitizenId(text.strip().replace(" ", "").replace(".", ""));
    }

    /**
     * Whether {@code text} is exactly 12 ASCII digits.
     *
     * @param text any text, may be null
     * @return true for 12 ASCII digits
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The decoded structure of this number; see {@link Structure}. */
    public Structure structure() {
        String ppp = value.substring(0, 3);
        int g = value.charAt(3) - '0';
        int yy = Integer.parseInt(value.substring(4, 6));
        int century = 1900 + (g / 2) * 100;
        Sex sex = g % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        return new Structure(ppp, PROVINCE_CODES.contains(ppp), sex, century + yy);
    }

    /**
     * The number with all but the last three digits masked: {@code *********789}.
     *
     * @return the masked form, safe to show and log
     */
    public String masked() {
        return "*********" + value.substring(9);
    }

    /** The masked form; see {@link #masked()}. */
    @Override
    public String toString() {
        return masked();
    }

    /** Sex as encoded in the century digit. */
    public enum Sex {
        /** Nam (even century digit). */
        MALE,
        /** Nữ (odd century digit). */
        FEMALE
    }

    /**
     * What a personal identification number encodes.
     *
     * @param provinceCode the 3-digit birth-registration province code
     * @param knownProvince whether that code is one of the 63 pre-2025 province codes
     * @param sex the sex encoded in the century digit
     * @param birthYear the birth year from the century digit and the two year digits
     */
    public record Structure(String provinceCode, boolean knownProvince, Sex sex, int birthYear)
            implements Serializable {

        /**
         * The birth year lies in a plausible range for a living person as of {@code asOfYear}
         * (not after it, not more than 130 years before it).
         */
        public boolean plausibleBirthYear(int asOfYear) {
            return birthYear <= asOfYear && birthYear >= asOfYear - 130;
        }

        /**
         * Whether the birth year and sex agree with what the caller knows.
         *
         * @param knownBirthYear the birth year on record
         * @return true when the encoded birth year equals it
         */
        public boolean matchesBirthYear(int knownBirthYear) {
            return birthYear == knownBirthYear;
        }

        /** The province code if it is a known one. */
        public Optional<String> knownProvinceCode() {
            return knownProvince ? Optional.of(provinceCode) : Optional.empty();
        }
    }
}
