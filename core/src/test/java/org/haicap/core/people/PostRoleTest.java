package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostRoleTest {

    @Test
    void everyRoleHasDistinctLabelsAndABody() {
        Set<String> vi = new HashSet<>();
        for (PostRole r : PostRole.values()) {
            assertTrue(vi.add(r.vietnamese()), r.name());
            assertFalse(r.english().isBlank());
            assertTrue(r.body() != null);
            assertEquals(Optional.of(r), PostRole.fromLabel(r.vietnamese()));
            assertEquals(Optional.of(r), PostRole.fromLabel(r.name().toLowerCase()));
        }
    }

    @Test
    void leadershipNormsOfChiThi45() {
        assertTrue(PostRole.SECRETARY.singleSeat());
        assertFalse(PostRole.EXECUTIVE_COMMITTEE_MEMBER.singleSeat());
        assertFalse(PostRole.COMMITTEE_VICE_CHAIR.singleSeat());
        assertTrue(PostRole.STANDING_DEPUTY_SECRETARY.deputySecretary());
        assertTrue(PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR.deputySecretary());
        assertFalse(PostRole.SECRETARY.deputySecretary());
        assertEquals(PostRole.Body.PEOPLES_COUNCIL, PostRole.COUNCIL_CHAIR.body());
        assertEquals("HĐND", PostRole.Body.PEOPLES_COUNCIL.vietnamese());
        assertEquals("People's Committee", PostRole.Body.PEOPLES_COMMITTEE.english());
    }

    @Test
    void councilCommitteesAreDataAndOtherNeedsALabel() {
        assertTrue(PostRole.COUNCIL_COMMITTEE_HEAD.needsBodyName());
        assertTrue(PostRole.COUNCIL_COMMITTEE_DEPUTY_HEAD.needsBodyName());
        assertFalse(PostRole.COUNCIL_CHAIR.needsBodyName());
        assertTrue(PostRole.OTHER.needsLabel());
        assertFalse(PostRole.SECRETARY.needsLabel());
    }

    @Test
    void fromLabelNormalisesAndIgnoresCase() {
        String nfd = java.text.Normalizer.normalize(" phó bí thư thường trực ", java.text.Normalizer.Form.NFD);
        assertEquals(Optional.of(PostRole.STANDING_DEPUTY_SECRETARY), PostRole.fromLabel(nfd));
        assertEquals(Optional.of(PostRole.SECRETARY), PostRole.fromLabel("Party Secretary"));
        assertEquals(Optional.empty(), PostRole.fromLabel("Thủ quỹ"));
    }
}
