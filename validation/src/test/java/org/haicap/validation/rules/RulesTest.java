package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.io.ReadProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every rule has a stable id and messages in both languages. */
class RulesTest {

    /** Messages whose arguments come in a Vietnamese and an English form (names of kinds, channels). */
    private static final Set<String> BILINGUAL_ARGUMENTS = Set.of("vn.party.parent.nesting",
            "vn.dossier.procedure.channel",
            "vn.party.seal-entitlement.message", "vn.party.cell-committee.not-cell");

    @Test
    @DisplayName("rule ids are unique and every rule is found by its id")
    void idsUnique() {
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : Rules.standard()) {
            assertTrue(ids.add(r.id()), r.id());
            assertEquals(r, Rules.find(r.id()).orElseThrow());
        }
        assertFalse(Rules.find("vn.nothing").isPresent());
        assertFalse(Rules.find(null).isPresent());
        assertEquals(28 + 3 + 11 + ReadProblem.Reason.values().length, Rules.standard().size());
    }

    @Test
    @DisplayName("every rule has a title in Vietnamese and English, and the Vietnamese one is not the English one")
    void titles() {
        for (RuleInfo r : Rules.standard()) {
            assertFalse(r.titleVi().isBlank(), r.id());
            assertFalse(r.titleEn().isBlank(), r.id());
            assertFalse(r.titleVi().equals(r.titleEn()), r.id());
        }
        assertEquals("vn.read.invalid-utf8", Rules.read(ReadProblem.Reason.INVALID_UTF8).id());
    }

    @Test
    @DisplayName("the two bundles have the same keys, each key belongs to a rule, and placeholders agree")
    void bundlesAgree() {
        assertEquals(RuleMessages.vietnamese().keySet(), RuleMessages.english().keySet());
        Pattern ph = Pattern.compile("\\{\\d+\\}");
        for (String key : RuleMessages.english().keySet()) {
            String id = key.substring(0, key.lastIndexOf('.'));
            assertTrue(Rules.find(id).isPresent(), key);
            Set<String> en = placeholders(ph, RuleMessages.english().get(key));
            Set<String> vi = placeholders(ph, RuleMessages.vietnamese().get(key));
            if (BILINGUAL_ARGUMENTS.contains(key)) {
                assertTrue(en.contains("{0}") && vi.contains("{0}"), key);
            } else {
                assertEquals(en, vi, key);
            }
        }
    }

    @Test
    @DisplayName("every message differs between Vietnamese and English, and every rule but the read rules has one")
    void messagesTranslated() {
        for (String key : RuleMessages.english().keySet()) {
            assertFalse(RuleMessages.english().get(key).equals(RuleMessages.vietnamese().get(key)), key);
        }
        for (RuleInfo r : Rules.standard()) {
            if (!r.id().startsWith("vn.read.")) {
                assertTrue(RuleMessages.english().containsKey(r.id() + ".title"), r.id());
            }
        }
    }

    private static Set<String> placeholders(Pattern p, String text) {
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    @DisplayName("a rule cites its regulation with the confidence label")
    void citation() {
        assertEquals("Chỉ thị 45-CT/TW [C]", Rules.COMMUNE_SECRETARY.citation());
        assertEquals("[C]", Rules.APPOINTMENT_PERSON.citation());
        assertEquals(RuleInfo.Confidence.PROBABLE, Rules.COMMUNE_COMMITTEE_VICE_CHAIRS.confidence());
    }
}
