package org.haicap.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The rule message bundles {@code org/haicap/validation/RuleMessages_vi|_en.properties}, read as
 * strict UTF-8. Templates use {@code {0}}, {@code {1}} … replaced literally (no MessageFormat
 * quoting). A missing key is a programming error and throws.
 */
final class RuleMessages {
    static final String VI_BUNDLE = "/org/haicap/validation/RuleMessages_vi.properties";
    static final String EN_BUNDLE = "/org/haicap/validation/RuleMessages_en.properties";
    private static final Map<String, String> VI = load(VI_BUNDLE);
    private static final Map<String, String> EN = load(EN_BUNDLE);

    private RuleMessages() {
    }

    static Map<String, String> vietnamese() {
        return VI;
    }

    static Map<String, String> english() {
        return EN;
    }

    static String vi(String key, Object... args) {
        return format(VI, key, args);
    }

    static String en(String key, Object... args) {
        return format(EN, key, args);
    }

    private static String format(Map<String, String> bundle, String key, Object... args) {
        String t = bundle.get(key);
        if (t == null) {
            throw new IllegalStateException("missing rule message: " + key);
        }
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return t;
    }

    private static Map<String, String> load(String name) {
        try (InputStream in = RuleMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + name);
            }
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            Properties p = new Properties();
            p.load(r);
            Map<String, String> m = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
