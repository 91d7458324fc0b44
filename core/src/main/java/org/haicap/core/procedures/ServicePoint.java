package org.haicap.core.procedures;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.units.UnitCode;

/**
 * An online public-service agent point (điểm đại lý dịch vụ công trực tuyến): a post office,
 * shop or bank where staff help people file dossiers online. Hà Nội counted 476 of them two
 * weeks after the 2025 reform.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param id an opaque identifier, not blank
 * @param name the name in NFC, not blank
 * @param unit the commune-level unit where it is
 * @param kind what kind of place it is
 * @param opened the first day it served
 * @param closed the first day it no longer served, or empty while it is open
 */
public record ServicePoint(String id, String name, UnitCode unit, Kind kind, LocalDate opened,
        Optional<LocalDate> closed) implements Serializable {

    /** What kind of place an agent point is. Immutable and thread-safe. */
    public enum Kind implements Bilingual {
        /** A post office (bưu cục, điểm bưu điện văn hóa xã). */
        POST_OFFICE("Bưu cục", "Post office"),
        /** A shop (cửa hàng). */
        SHOP("Cửa hàng", "Shop"),
        /** A bank branch or transaction office (ngân hàng). */
        BANK("Ngân hàng", "Bank"),
        /** Any other place. */
        OTHER("Khác", "Other");

        private final LocalizedText label;

        Kind(String vietnamese, String english) {
            this.label = LocalizedText.of(vietnamese, english);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /**
     * Checks the values and normalises text to NFC.
     *
     * @throws InvalidProcedureDataException if the id or name is blank, or it closed before it opened
     */
    public ServicePoint {
        id = Checks.text(id, "mã điểm đại lý", "service point id");
        name = Checks.text(name, "tên điểm đại lý", "service point name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(closed, "closed");
        if (closed.isPresent() && !closed.get().isAfter(opened)) {
            throw Checks.invalid("closed", closed.get(), "điểm đại lý " + id + " đóng (" + closed.get() + ") không sau ngày mở (" + opened + ")",
                    "service point " + id + " closed (" + closed.get() + ") not after it opened (" + opened + ")");
        }
    }

    /** An agent point that is open. */
    public static ServicePoint of(String id, String name, UnitCode unit, Kind kind, LocalDate opened) {
        return new ServicePoint(id, name, unit, kind, opened, Optional.empty());
    }

    /** Whether it served on {@code date}: opened on or before it, and not closed on or before it. */
    public boolean isOpenOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(opened) && closed.map(date::isBefore).orElse(true);
    }

    /** This point, closed from {@code date}. */
    public ServicePoint closedOn(LocalDate date) {
        return new ServicePoint(id, name, unit, kind, opened, Optional.of(date));
    }

    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
