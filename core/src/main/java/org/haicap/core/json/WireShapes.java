package org.haicap.core.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.people.PostId;

/**
 * Jackson mix-ins that give a few domain records a clean wire shape without annotating the domain
 * packages (which stay free of Jackson). Registered by {@link ValueTypes#registerOthers}.
 */
final class WireShapes {
    private WireShapes() {
    }

    /**
     * A payment's subject is an object with a {@code "type"} member naming the variant:
     * {@code {"type":"PARTY_FEE","memberId":…,"month":"2025-07","organisationId":…}},
     * {@code {"type":"DOSSIER_FEE","dossier":…}} or {@code {"type":"OTHER","description":…}}.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PaymentSubject.PartyFee.class, name = "PARTY_FEE"),
        @JsonSubTypes.Type(value = PaymentSubject.DossierFee.class, name = "DOSSIER_FEE"),
        @JsonSubTypes.Type(value = PaymentSubject.Other.class, name = "OTHER")
    })
    abstract static class PaymentSubjectShape {
    }

    /** A committee's seat posts (a set) are written sorted by id, so that output is deterministic. */
    abstract static class CommitteeShape {
        @JsonSerialize(converter = SortedPostIds.class)
        abstract Set<PostId> seatPosts();
    }

    /** A set of post ids as a list sorted by id. */
    static final class SortedPostIds extends StdConverter<Set<PostId>, List<PostId>> {
        @Override
        public List<PostId> convert(Set<PostId> value) {
            List<PostId> sorted = new ArrayList<>(value);
            sorted.sort(null);
            return sorted;
        }
    }
}
