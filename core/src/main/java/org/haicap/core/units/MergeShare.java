package org.haicap.core.units;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * How much of a former (pre-2025) unit went into a new unit (phạm vi sáp nhập), read from the
 * merge note of the official conversion workbook.
 *
 * <p>Every distinct note of the workbook is mapped on purpose (see
 * {@link FormerUnit#mergeNote()} for the original text):
 * <ul>
 *   <li>{@link #WHOLE}: {@code Nhập toàn bộ}, {@code Nhập toàn bộ diện tích},
 *       {@code Giữ nguyên} (unchanged), {@code Đổi tên} (renamed), {@code Đổi loại hình}
 *       (type changed), {@code Sắp xếp toàn bộ huyện/xã … thành đặc khu …} (a whole district
 *       or commune became a special zone);</li>
 *   <li>{@link #PART}: {@code Nhập một phần}, {@code Nhập một phần diện tích} (also the
 *       misspelt {@code Nhâp một phần diện tích}), {@code Nhập một phần diện tích, toàn bộ dân
 *       số} (part of the area, all of the population), {@code Nhập một phần dân số},
 *       {@code Phần còn lại sau khi tách một phần vào …} (the remainder after a part was
 *       split off), {@code Đổi tên từ một phần …} and {@code Đổi tên, đổi loại hình từ một
 *       phần …} (renamed from a part).</li>
 * </ul>
 * A note the library does not know makes loading fail, so a data refresh cannot slip an
 * unmapped note through.
 *
 * <p>Immutable and thread-safe.
 */
public enum MergeShare implements Bilingual {
    /** The whole former unit went into the new unit (toàn bộ). */
    WHOLE("toàn bộ", "whole"),
    /** Only a part of the former unit went into the new unit (một phần). */
    PART("một phần", "part");

    private final LocalizedText label;

    MergeShare(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
