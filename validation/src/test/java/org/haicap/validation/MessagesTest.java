package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.haicap.validation.constraints.CitizenId;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Every constraint, haicap's and every built-in of Jakarta Validation and Hibernate Validator,
 * has a message in Vietnamese and in English, without Expression Language.
 */
class MessagesTest {
    private static final Locale VI = HaicapValidation.VIETNAMESE;
    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9_.\\-]+)\\}");

    static List<Class<? extends Annotation>> haicapConstraints() throws Exception {
        Path dir = Path.of(CitizenId.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/haicap/validation/constraints");
        List<Class<? extends Annotation>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String f = p.getFileName().toString();
                if (f.endsWith(".class") && !f.contains("$") && !f.startsWith("package-info")) {
                    addIfConstraint(out, "org.haicap.validation.constraints." + f.substring(0, f.length() - 6));
                }
            }
        }
        return out;
    }

    static List<Class<? extends Annotation>> builtInConstraints() throws Exception {
        List<Class<? extends Annotation>> out = new ArrayList<>();
        scanJar(out, NotNull.class, "jakarta/validation/constraints/");
        scanJar(out, HibernateValidator.class, "org/hibernate/validator/constraints/");
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void addIfConstraint(List<Class<? extends Annotation>> out, String name) throws Exception {
        Class<?> c = Class.forName(name);
        if (c.isAnnotation() && c.isAnnotationPresent(Constraint.class)) {
            out.add((Class<? extends Annotation>) c);
        }
    }

    private static void scanJar(List<Class<? extends Annotation>> out, Class<?> anchor, String prefix)
            throws Exception {
        try (JarFile jar = new JarFile(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toFile())) {
            Enumeration<JarEntry> e = jar.entries();
            while (e.hasMoreElements()) {
                String n = e.nextElement().getName();
                if (n.startsWith(prefix) && n.endsWith(".class") && !n.contains("$") && !n.contains("package-info")) {
                    addIfConstraint(out, n.substring(0, n.length() - 6).replace('/', '.'));
                }
            }
        }
    }

    /** The message keys in a constraint's default message template. */
    private static List<String> keys(Class<? extends Annotation> c) throws Exception {
        String template = (String) c.getMethod("message").getDefaultValue();
        List<String> keys = new ArrayList<>();
        Matcher m = KEY.matcher(template);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void enumeratesTheExpectedConstraints() throws Exception {
        Set<String> haicap = new TreeSet<>();
        for (Class<? extends Annotation> c : haicapConstraints()) {
            haicap.add(c.getSimpleName());
        }
        assertEquals(Set.of("AdminUnitCode", "CitizenId", "DocumentNumber", "ProcedureCode", "TaxCode",
                "VietnameseMobile", "VietnameseName"), haicap);
        Set<String> builtIn = new TreeSet<>();
        for (Class<? extends Annotation> c : builtInConstraints()) {
            builtIn.add(c.getName());
        }
        assertTrue(builtIn.contains("jakarta.validation.constraints.NotBlank"));
        assertTrue(builtIn.contains("org.hibernate.validator.constraints.time.DurationMax"));
        assertTrue(builtIn.contains("org.hibernate.validator.constraints.pl.PESEL"));
        assertTrue(builtIn.size() >= 45, "built-ins found: " + builtIn.size());
    }

    @Test
    void everyHaicapConstraintHasDifferentVietnameseAndEnglishMessages() throws Exception {
        for (Class<? extends Annotation> c : haicapConstraints()) {
            List<String> keys = keys(c);
            assertEquals(List.of("org.haicap.validation.constraints." + c.getSimpleName() + ".message"), keys);
            assertBilingual(keys.get(0), true);
        }
    }

    @Test
    void everyHaicapReasonKeyIsBilingual() {
        Map<String, String> vi = HaicapMessageInterpolator.haicapBundle(VI);
        int reasons = 0;
        for (String key : vi.keySet()) {
            if (key.startsWith("org.haicap.validation.constraints.")) {
                assertBilingual(key, true);
                reasons++;
            }
        }
        assertTrue(reasons >= 20, "keys: " + reasons);
    }

    @Test
    void everyBuiltInConstraintHasAVietnameseAndEnglishMessage() throws Exception {
        int checked = 0;
        for (Class<? extends Annotation> c : builtInConstraints()) {
            List<String> keys = keys(c);
            if (keys.isEmpty()) {
                // BitcoinAddress builds its message from .message.single / .message.multiple
                keys = List.of(c.getName() + ".message.single", c.getName() + ".message.multiple");
            }
            for (String key : keys) {
                assertBilingual(key, false);
                checked++;
            }
        }
        assertTrue(checked >= 45);
    }

    @Test
    void everyKeyOfHibernateValidatorsOwnBundleIsCovered() throws IOException {
        java.util.Properties hv = new java.util.Properties();
        try (InputStream in = HibernateValidator.class.getResourceAsStream("ValidationMessages.properties")) {
            hv.load(in);
        }
        for (String key : hv.stringPropertyNames()) {
            assertBilingual(key, false);
        }
    }

    private static void assertBilingual(String key, boolean mustDiffer) {
        String vi = HaicapMessageInterpolator.haicapText(key, VI);
        String en = HaicapMessageInterpolator.haicapText(key, Locale.ENGLISH);
        assertNotNull(vi, () -> "no Vietnamese message for " + key);
        assertNotNull(en, () -> "no English message for " + key);
        assertFalse(vi.isBlank() || en.isBlank(), key);
        assertFalse(vi.contains("${") || en.contains("${"), () -> "Expression Language in " + key);
        if (mustDiffer) {
            assertNotEquals(vi, en, key);
        }
    }

    @Test
    void bundlesAreStrictUtf8AndTheSameKeysInBothLanguages() throws Exception {
        for (String name : new String[] {"ValidationMessages.properties", "ValidationMessages_vi.properties",
            "ValidationMessages_en.properties"}) {
            byte[] bytes;
            try (InputStream in = HaicapValidation.class.getResourceAsStream(name)) {
                bytes = in.readAllBytes();
            }
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        }
        assertEquals(HaicapMessageInterpolator.haicapBundle(VI).keySet(),
                HaicapMessageInterpolator.haicapBundle(Locale.ENGLISH).keySet());
        assertTrue(HaicapMessageInterpolator.haicapText("jakarta.validation.constraints.NotBlank.message", VI)
                .contains("để trống"));
    }

    @Test
    void otherLocalesGetHaicapEnglishOnlyForHaicapAndElFreeKeys() throws URISyntaxException {
        Map<String, String> fr = HaicapMessageInterpolator.haicapBundle(Locale.FRENCH);
        assertTrue(fr.containsKey("org.haicap.validation.constraints.CitizenId.message"));
        assertTrue(fr.containsKey("jakarta.validation.constraints.DecimalMax.message"));
        assertFalse(fr.containsKey("jakarta.validation.constraints.NotNull.message"));
    }
}
