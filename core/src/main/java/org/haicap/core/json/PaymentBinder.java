package org.haicap.core.json;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.money.Vnd;
import org.haicap.core.ids.DossierCode;

/**
 * Binds a {@link Payment} with any {@link PaymentSubject} variant through a {@link LineCursor};
 * see {@link LineBinder} for when it gives up. The subject's {@code "type"} member must come first
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
    private static final LineCursor.Names KIND_NAMES = LineCursor.Names.of(KINDS);
    private static final LineCursor.Names CHANNEL_NAMES = LineCursor.Names.of(CHANNELS);
    private static final LineCursor.Names STATUS_NAMES = LineCursor.Names.of(STATUSES);

    /** The fields, in the order of their bits. */
    private static final LineCursor.Names FIELDS = new LineCursor.Names("id", "kind", "subject", "amount", "channel",
            "status", "at", "reference");
    /** Every field but reference. */
    private static final int REQUIRED = 0b01111111;

    private static final LineCursor.Names TYPE = new LineCursor.Names("type");
    private static final LineCursor.Names SUBJECT_TYPES = new LineCursor.Names("PARTY_FEE", "DOSSIER_FEE", "OTHER");
    private static final LineCursor.Names PARTY_FEE_FIELDS = new LineCursor.Names("memberId", "month",
            "organisationId");
    private static final LineCursor.Names DOSSIER_FEE_FIELDS = new LineCursor.Names("dossier");
    private static final LineCursor.Names OTHER_FIELDS = new LineCursor.Names("description");

    @Override
    Payment bind(LineCursor c) {
        String id = null;
        PaymentKind kind = null;
        PaymentSubject subject = null;
        Vnd amount = null;
        PaymentChannel channel = null;
        PaymentStatus status = null;
        LocalDateTime at = null;
        Optional<String> reference = Optional.empty();
        int seen = 0;
        c.openObject();
        for (int f = c.field(FIELDS); f >= 0; f = c.field(FIELDS)) {
            seen = LineCursor.mark(seen, 1 << f);
            switch (f) {
                case 0 -> id = c.text();
                case 1 -> kind = KINDS[c.constant(KIND_NAMES)];
                case 2 -> subject = subject(c);
                // As LongForm reads Vnd: an integer token within the range of long.
                case 3 -> amount = Vnd.of(c.integer());
                case 4 -> channel = CHANNELS[c.constant(CHANNEL_NAMES)];
                case 5 -> status = STATUSES[c.constant(STATUS_NAMES)];
                case 6 -> at = c.dateTime(TIME);
                default -> reference = c.optionalText();
            }
        }
        LineCursor.require(seen, REQUIRED);
        return new Payment(id, kind, subject, amount, channel, status, at, reference);
    }

    /** The subject that is the next value: type first, then the variant's fields. */
    private static PaymentSubject subject(LineCursor c) {
        c.openObject();
        if (c.field(TYPE) < 0) {
            throw LineCursor.GIVE_UP;
        }
        switch (c.constant(SUBJECT_TYPES)) {
            case 0:
                return partyFee(c);
            case 1: {
                DossierCode dossier = null;
                int seen = 0;
                while (c.field(DOSSIER_FEE_FIELDS) >= 0) {
                    seen = LineCursor.mark(seen, 1);
                    dossier = c.value(DOSSIER);
                }
                LineCursor.require(seen, 1);
                return new PaymentSubject.DossierFee(dossier);
            }
            default: {
                String description = null;
                int seen = 0;
                while (c.field(OTHER_FIELDS) >= 0) {
                    seen = LineCursor.mark(seen, 1);
                    description = c.text();
                }
                LineCursor.require(seen, 1);
                return new PaymentSubject.Other(description);
            }
        }
    }

    private static PaymentSubject partyFee(LineCursor c) {
        String memberId = null;
        YearMonth month = null;
        String organisationId = null;
        int seen = 0;
        for (int f = c.field(PARTY_FEE_FIELDS); f >= 0; f = c.field(PARTY_FEE_FIELDS)) {
            seen = LineCursor.mark(seen, 1 << f);
            switch (f) {
                case 0 -> memberId = c.text();
                case 1 -> month = c.month(MONTH);
                default -> organisationId = c.text();
            }
        }
        LineCursor.require(seen, 0b111);
        return new PaymentSubject.PartyFee(memberId, month, organisationId);
    }
}
