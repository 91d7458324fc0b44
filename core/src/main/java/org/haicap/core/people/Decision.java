package org.haicap.core.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.ids.DocumentNumber;
import org.haicap.core.internal.RecordSerialForm;

/**
 * The document that made an appointment (quyết định, hướng dẫn, nghị quyết), such as
 * {@code 11-HD/TU} of 14/7/2025. Party document numbers restart with each term, so the issue
 * date is part of the reference. This is an immutable, thread-safe value type.
 *
 * @param number the document number and symbol
 * @param issuedOn the date of issue
 * @param issuer the issuing body, NFC (e.g. "Ban Thường vụ Thành ủy Hà Nội"), if recorded
 */
public record Decision(DocumentNumber number, LocalDate issuedOn, Optional<String> issuer) implements Serializable {

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidPeopleDataException if a value is missing or the issuer is blank or too long
     */
    public Decision {
        Checks.present("number", number);
        Checks.present("issuedOn", issuedOn);
        issuer = Checks.optionalText("issuer", issuer, 200, false);
    }

    /**
     * A decision from a document number as written and its date.
     *
     * @throws org.haicap.core.ids.InvalidIdentifierException if the number does not parse
     */
    public static Decision of(String number, LocalDate issuedOn) {
        return new Decision(DocumentNumber.parse(Checks.present("number", number)), issuedOn, Optional.empty());
    }

    /** The number and date, e.g. {@code 11-HD/TU ngày 2025-07-14}. */
    @Override
    public String toString() {
        return number + " (" + issuedOn + ")";
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
