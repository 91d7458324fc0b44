package org.haicap.core.party;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A seal (con dấu) of a party organisation: either the seal of the committee's staff bodies and
 * service units (cơ quan tham mưu, giúp việc và đơn vị sự nghiệp của đảng ủy) or the seal of a
 * basic organisation (tổ chức cơ sở đảng). The Hà Nội report tracks both: "126/126 đảng ủy xã,
 * phường đã làm dấu cho các cơ quan tham mưu, giúp việc … 67/126 xã, phường đã có công văn và hồ
 * sơ đề nghị làm dấu cho các tổ chức cơ sở đảng … 59 đang hoàn thiện hồ sơ".
 *
 * <p>The status follows from the dates: {@link Status#PREPARING} until the request,
 * {@link Status#REQUESTED} until the seal is issued, then {@link Status#ISSUED}. The regulation on
 * party seals was not found [U]: this type encodes only the order of those dates, and a seal may
 * be recorded as issued without a request date.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param id the stable identifier
 * @param owner the organisation the seal belongs to
 * @param purpose whom the seal is for
 * @param requestedOn the date the dossier was sent (công văn và hồ sơ đề nghị), if it was
 * @param issuedOn the date the seal was issued, if it was; not before {@code requestedOn}
 */
public record Seal(SealId id, PartyOrganisationId owner, Purpose purpose, Optional<LocalDate> requestedOn,
        Optional<LocalDate> issuedOn) implements Serializable {

    /** Whom a seal is for. */
    public enum Purpose implements Bilingual {
        /** The committee's staff bodies and service units (cơ quan tham mưu, giúp việc). */
        STAFF_BODIES("cơ quan tham mưu, giúp việc", "staff bodies"),
        /** The organisation itself, a basic organisation or above (tổ chức cơ sở đảng). */
        ORGANISATION("tổ chức đảng", "the party organisation");

        private final LocalizedText label;

        Purpose(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /** Where a seal stands. */
    public enum Status implements Bilingual {
        /** Đang hoàn thiện hồ sơ: the dossier is being prepared. */
        PREPARING("đang hoàn thiện hồ sơ", "preparing the dossier"),
        /** Đã đề nghị: the request was sent. */
        REQUESTED("đã có công văn, hồ sơ đề nghị", "requested"),
        /** Đã có dấu: the seal was issued. */
        ISSUED("đã có dấu", "issued");

        private final LocalizedText label;

        Status(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /**
     * Checks the values.
     *
     * @throws InvalidPartyDataException if a value is missing or the seal was issued before it
     *     was requested
     */
    public Seal {
        PartyChecks.present("id", id);
        PartyChecks.present("owner", owner);
        PartyChecks.present("purpose", purpose);
        PartyChecks.present("requestedOn", requestedOn);
        PartyChecks.present("issuedOn", issuedOn);
        if (requestedOn.isPresent()) {
            PartyChecks.notBefore("issuedOn", requestedOn.get(), issuedOn);
        }
    }

    /** A seal whose dossier is being prepared. */
    public static Seal preparing(SealId id, PartyOrganisationId owner, Purpose purpose) {
        return new Seal(id, owner, purpose, Optional.empty(), Optional.empty());
    }

    /** This seal requested on {@code date}. */
    public Seal requested(LocalDate date) {
        return new Seal(id, owner, purpose, Optional.of(date), issuedOn);
    }

    /** This seal issued on {@code date}. */
    public Seal issued(LocalDate date) {
        return new Seal(id, owner, purpose, requestedOn, Optional.of(date));
    }

    /** The status as recorded, whatever the date. */
    public Status status() {
        return issuedOn.isPresent() ? Status.ISSUED : requestedOn.isPresent() ? Status.REQUESTED : Status.PREPARING;
    }

    /** The status on {@code asOf}: dates after it do not count yet. */
    public Status status(LocalDate asOf) {
        if (issuedOn.map(d -> !d.isAfter(asOf)).orElse(false)) {
            return Status.ISSUED;
        }
        if (requestedOn.map(d -> !d.isAfter(asOf)).orElse(false)) {
            return Status.REQUESTED;
        }
        return Status.PREPARING;
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
