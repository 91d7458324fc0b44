package org.haicap.core.dataset;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.ProvinceCode;

/**
 * What a dataset is: its name, the date its reference data describes, and optionally the
 * province it covers and a description.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param name a short name such as {@code hanoi-2025-07-15}; NFC, not blank, at most 200 characters
 * @param asOf the date the reference data describes (posts, appointments and units as of then)
 * @param province the province the dataset covers, if it covers one
 * @param description free text, NFC
 */
public record DatasetInfo(String name, LocalDate asOf, Optional<ProvinceCode> province, Optional<String> description)
        implements Serializable {

    /**
     * Checks and normalises the values.
     *
     * @throws IllegalArgumentException if the name is blank or longer than 200 characters
     */
    public DatasetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(description, "description");
        name = VietnameseText.nfc(name.strip());
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("tên bộ dữ liệu phải có từ 1 đến 200 ký tự, nhận được \""
                    + VietnameseText.excerpt(name, 40) + "\" / a dataset name has 1 to 200 characters, got \""
                    + VietnameseText.excerpt(name, 40) + "\"");
        }
        description = description.map(VietnameseText::nfc);
    }

    /** A dataset named {@code name} describing the state on {@code asOf}. */
    public static DatasetInfo of(String name, LocalDate asOf) {
        return new DatasetInfo(name, asOf, Optional.empty(), Optional.empty());
    }

    /** This info for a dataset covering {@code code}. */
    public DatasetInfo withProvince(ProvinceCode code) {
        return new DatasetInfo(name, asOf, Optional.of(code), description);
    }

    /** This info with a description. */
    public DatasetInfo withDescription(String text) {
        return new DatasetInfo(name, asOf, province, Optional.of(text));
    }

    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
