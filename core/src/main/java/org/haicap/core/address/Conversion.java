package org.haicap.core.address;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.units.MergeShare;

/**
 * The result of converting one address (kết quả chuyển đổi một địa chỉ) by
 * {@link AddressConverter#convert(String, java.time.LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param input the address as given
 * @param status what the conversion found
 * @param street the street part exactly as written (see {@link ParsedAddress#street()}); empty
 *     when there is none
 * @param old the former commune with its district and province, when the address names exactly
 *     one; empty for {@link ConversionStatus#ALREADY_NEW}, {@link ConversionStatus#NOT_FOUND}
 *     and when the name fits several former communes
 * @param candidates the new units that may hold the address: one for
 *     {@link ConversionStatus#CONVERTED} and {@link ConversionStatus#ALREADY_NEW}, every one for
 *     {@link ConversionStatus#AMBIGUOUS}, none for {@link ConversionStatus#NOT_FOUND}
 * @param newAddress the address as officials write it after 1 July 2025, present for
 *     {@link ConversionStatus#CONVERTED} and {@link ConversionStatus#ALREADY_NEW} only
 * @param warnings what was normalised, inferred or matched loosely, each at most once
 */
public record Conversion(String input, ConversionStatus status, String street, Optional<OldCommune> old,
        List<Candidate> candidates, Optional<String> newAddress, List<ConversionWarning> warnings) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    public Conversion {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(old, "old");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(newAddress, "newAddress");
        warnings = List.copyOf(warnings);
    }

    /** Whether the conversion reported the given warning. */
    public boolean has(ConversionWarning warning) {
        return warnings.contains(warning);
    }

    /** The codes of the candidates, in order. */
    public List<String> candidateCodes() {
        return candidates.stream().map(Candidate::code).toList();
    }

    /**
     * A new unit that may hold the address (đơn vị ứng viên).
     *
     * @param code the 5-digit code of the unit of 1 July 2025
     * @param name its full name as of the conversion date ({@code Phường Ba Đình})
     * @param provinceCode the 2-digit code of its province
     * @param provinceName the province's full name as of the conversion date ({@code Thành phố Hà Nội})
     * @param share whether the whole former commune or only a part went into it
     *     ({@link MergeShare#WHOLE} for {@link ConversionStatus#ALREADY_NEW})
     * @param formerCode the code of the former commune it comes from; empty for
     *     {@link ConversionStatus#ALREADY_NEW}
     */
    public record Candidate(String code, String name, String provinceCode, String provinceName, MergeShare share,
            String formerCode) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Candidate {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(provinceCode, "provinceCode");
            Objects.requireNonNull(provinceName, "provinceName");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(formerCode, "formerCode");
        }
    }

    /**
     * The former commune an address names, with its district and province as of 30 June 2025.
     *
     * @param code the commune's 5-digit code of 30 June 2025
     * @param name its full name ({@code Phường Quán Thánh})
     * @param districtCode the district's 3-digit code
     * @param districtName the district's full name ({@code Quận Ba Đình})
     * @param provinceCode the province's 2-digit code
     * @param provinceName the province's full name ({@code Thành phố Hà Nội})
     */
    public record OldCommune(String code, String name, String districtCode, String districtName,
            String provinceCode, String provinceName) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public OldCommune {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(districtCode, "districtCode");
            Objects.requireNonNull(districtName, "districtName");
            Objects.requireNonNull(provinceCode, "provinceCode");
            Objects.requireNonNull(provinceName, "provinceName");
        }
    }
}
