package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule has a passing and a failing case among this module's tests (methods
 * marked {@link RuleCase}), and a row in docs/validation.md.
 */
class RuleCoverageTest {

    /** Rule id → outcome → the test methods marked as such cases. */
    private static Map<String, Map<RuleCase.Outcome, List<String>>> cases() throws IOException, URISyntaxException {
        Path root = Path.of(RuleCoverageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Map<RuleCase.Outcome, List<String>>> out = new TreeMap<>();
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path p : classes) {
            String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
            name = name.substring(0, name.length() - ".class".length());
            if (name.endsWith("module-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, RuleCoverageTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            Method[] methods;
            try {
                methods = type.getDeclaredMethods();
            } catch (LinkageError e) {
                continue;
            }
            for (Method m : methods) {
                for (RuleCase c : m.getAnnotationsByType(RuleCase.class)) {
                    for (String id : c.value()) {
                        out.computeIfAbsent(id, k -> new EnumMap<>(RuleCase.Outcome.class))
                                .computeIfAbsent(c.outcome(), k -> new ArrayList<>())
                                .add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("every built-in rule has a test that shows it passing and one that shows it failing")
    void everyRuleHasPassingAndFailingCase() throws Exception {
        Map<String, Map<RuleCase.Outcome, List<String>>> cases = cases();
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : Rules.standard()) {
            Map<RuleCase.Outcome, List<String>> byOutcome = cases.getOrDefault(r.id(), Map.of());
            for (RuleCase.Outcome o : RuleCase.Outcome.values()) {
                if (!byOutcome.containsKey(o)) {
                    missing.add(r.id() + " " + o);
                }
            }
        }
        assertEquals(List.of(), missing, "rules without a test case of that outcome");
    }

    @Test
    @DisplayName("a marked case names a rule that exists")
    void casesNameExistingRules() throws Exception {
        Set<String> ids = new HashSet<>();
        Rules.standard().forEach(r -> ids.add(r.id()));
        List<String> unknown = new ArrayList<>();
        cases().keySet().forEach(id -> {
            if (!ids.contains(id)) {
                unknown.add(id);
            }
        });
        assertEquals(List.of(), unknown);
    }

    @Test
    @DisplayName("docs/validation.md lists every built-in rule by its id")
    void everyRuleIsDocumented() throws IOException {
        Path doc = Path.of("..", "docs", "validation.md");
        assertTrue(Files.isRegularFile(doc), doc.toAbsolutePath().toString());
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        List<String> undocumented = new ArrayList<>();
        for (RuleInfo r : Rules.standard()) {
            if (!r.id().startsWith("vn.read.") && !text.contains("`" + r.id() + "`")) {
                undocumented.add(r.id());
            }
        }
        assertEquals(List.of(), undocumented);
    }
}
