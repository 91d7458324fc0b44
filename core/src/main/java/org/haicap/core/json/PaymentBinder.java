package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.money.Vnd;
import org.haicap.core.procedures.DossierCode;

/**
 * Binds a {@link Payment} with any {@link PaymentSubject} variant from tokens; see
 * {@link LineBinder} for when it gives up. The subject's {@code "type"} member must come first
 * (as haicap writes it); a subject that names its type later is left to databind. Stateless and
 * thread-safe.
 */
final class PaymentBinder extends LineBinder<Payment> {
    private static final StringForm<LocalDateTime> TIME = ValueTypes.stringForm(LocalDateTime.class);
    private static final StringForm<YearMonth> MONTH = ValueTypes.stringForm(YearMonth.class);
    private static final StringForm<DossierCode> DOSSIER = ValueTypes.stringForm(DossierCode.class);
    private static final PaymentKind[] KINDS = PaymentKind.values();
    private static final PaymentChannel[] CHANNELS = PaymentChannel.values();
    private static final PaymentStatus[] STATUSES = PaymentStatus.values();

    private static final int ID_BIT = 1;
    private static final int KIND_BIT = 1 << 1;
    private static final int SUBJECT_BIT = 1 << 2;
    private static final int AMOUNT_BIT = 1 << 3;
    private static final int CHANNEL_BIT = 1 << 4;
    private static final int STATUS_BIT = 1 << 5;
    private static final int AT_BIT = 1 << 6;
    private static final int REFERENCE_BIT = 1 << 7;
    private static final int REQUIRED = ID_BIT | KIND_BIT | SUBJECT_BIT | AMOUNT_BIT | CHANNEL_BIT | STATUS_BIT | AT_BIT;

    @Override
    Payment bindObject(JsonParser p) throws IOException {
        String id = null;
        PaymentKind kind = null;
        PaymentSubject subject = null;
        Vnd amount = null;
        PaymentChannel channel = null;
        PaymentStatus status = null;
        LocalDateTime at = null;
        Optional<String> reference = Optional.empty();
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            int bit;
            switch (name) {
                case "id":
                    bit = ID_BIT;
                    id = text(p, t);
                    if (id == null) {
                        return null;
                    }
                    break;
                case "kind":
                    bit = KIND_BIT;
                    kind = constant(p, t, KINDS);
                    if (kind == null) {
                        return null;
                    }
                    break;
                case "subject":
                    bit = SUBJECT_BIT;
                    subject = t == JsonToken.START_OBJECT ? subject(p) : null;
                    if (subject == null) {
                        return null;
                    }
                    break;
                case "amount":
                    bit = AMOUNT_BIT;
                    // As LongForm reads Vnd: an integer token within the range of long.
                    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        return null;
                    }
                    amount = Vnd.of(p.getLongValue());
                    break;
                case "channel":
                    bit = CHANNEL_BIT;
                    channel = constant(p, t, CHANNELS);
                    if (channel == null) {
                        return null;
                    }
                    break;
                case "status":
                    bit = STATUS_BIT;
                    status = constant(p, t, STATUSES);
                    if (status == null) {
                        return null;
                    }
                    break;
                case "at":
                    bit = AT_BIT;
                    at = dateTime(p, t, TIME);
                    if (at == null) {
                        return null;
                    }
                    break;
                case "reference":
                    bit = REFERENCE_BIT;
                    reference = optionalText(p, t);
                    if (reference == null) {
                        return null;
                    }
                    break;
                default:
                    return null;
            }
            if ((seen & bit) != 0) {
                return null;
            }
            seen |= bit;
        }
        if (!p.hasToken(JsonToken.END_OBJECT) || (seen & REQUIRED) != REQUIRED) {
            return null;
        }
        return new Payment(id, kind, subject, amount, channel, status, at, reference);
    }

    private static final int MEMBER_BIT = 1;
    private static final int MONTH_BIT = 1 << 1;
    private static final int ORGANISATION_BIT = 1 << 2;

    /** The subject whose START_OBJECT is current: type first, then the variant's fields. */
    private static PaymentSubject subject(JsonParser p) throws IOException {
        if (!"type".equals(p.nextFieldName()) || p.nextToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        switch (p.getText()) {
            case "PARTY_FEE":
                return partyFee(p);
            case "DOSSIER_FEE": {
                DossierCode dossier = null;
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    if (!"dossier".equals(name) || dossier != null) {
                        return null;
                    }
                    dossier = value(p, p.nextToken(), DOSSIER);
                    if (dossier == null) {
                        return null;
                    }
                }
                return p.hasToken(JsonToken.END_OBJECT) && dossier != null ? new PaymentSubject.DossierFee(dossier)
                        : null;
            }
            case "OTHER": {
                String description = null;
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    if (!"description".equals(name) || description != null) {
                        return null;
                    }
                    description = text(p, p.nextToken());
                    if (description == null) {
                        return null;
                    }
                }
                return p.hasToken(JsonToken.END_OBJECT) && description != null
                        ? new PaymentSubject.Other(description) : null;
            }
            default:
                return null;
        }
    }

    private static PaymentSubject partyFee(JsonParser p) throws IOException {
        String memberId = null;
        YearMonth month = null;
        String organisationId = null;
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            int bit;
            switch (name) {
                case "memberId":
                    bit = MEMBER_BIT;
                    memberId = text(p, t);
                    if (memberId == null) {
                        return null;
                    }
                    break;
                case "month":
                    bit = MONTH_BIT;
                    month = month(p, t, MONTH);
                    if (month == null) {
                        return null;
                    }
                    break;
                case "organisationId":
                    bit = ORGANISATION_BIT;
                    organisationId = text(p, t);
                    if (organisationId == null) {
                        return null;
                    }
                    break;
                default:
                    return null;
            }
            if ((seen & bit) != 0) {
                return null;
            }
            seen |= bit;
        }
        if (!p.hasToken(JsonToken.END_OBJECT) || seen != (MEMBER_BIT | MONTH_BIT | ORGANISATION_BIT)) {
            return null;
        }
        return new PaymentSubject.PartyFee(memberId, month, organisationId);
    }
}
