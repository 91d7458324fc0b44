package org.haicap.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compiled main classes of the module a test runs in ({@code target/classes}), loaded without
 * running their initialisers, so that a test can pin a rule every class must keep: that labels
 * use the one bilingual text type, that refused input has the one exception base.
 */
public final class MainClasses {
    private MainClasses() {
    }

    /** Every class, nested ones included, of {@code target/classes}, sorted by name. */
    public static List<Class<?>> all() {
        Path root = Path.of("target", "classes");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no compiled classes in " + root.toAbsolutePath());
        }
        ClassLoader loader = MainClasses.class.getClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class")
                            && !f.endsWith("package-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('\\', '.').replace('/', '.'))
                    .sorted()
                    .map(name -> load(name, loader))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes that hand-roll a bilingual pair: they declare both {@code String vietnamese()}
     * and {@code String english()} without implementing {@code org.haicap.core.text.Bilingual},
     * which stores the pair as one {@code LocalizedText}. A record whose pair are components
     * (a message given to its constructor, such as a read problem's) is not counted.
     */
    public static List<String> handRollingBilingualPairs() {
        Class<?> bilingual = load("org.haicap.core.text.Bilingual", MainClasses.class.getClassLoader());
        return all().stream()
                .filter(c -> !c.isInterface() && declaresText(c, "vietnamese") && declaresText(c, "english"))
                .filter(c -> !(c.isRecord() && isComponent(c, "vietnamese") && isComponent(c, "english")))
                .filter(c -> !bilingual.isAssignableFrom(c))
                .map(Class::getName)
                .collect(Collectors.toList());
    }

    /**
     * The public exception classes that refuse an argument ({@link IllegalArgumentException})
     * without extending {@code org.haicap.core.io.HaicapInputException}.
     */
    public static List<String> argumentExceptionsOutsideTheInputBase() {
        Class<?> base = load("org.haicap.core.io.HaicapInputException", MainClasses.class.getClassLoader());
        return all().stream()
                .filter(c -> Modifier.isPublic(c.getModifiers()) && IllegalArgumentException.class.isAssignableFrom(c))
                .filter(c -> !base.isAssignableFrom(c))
                .map(Class::getName)
                .collect(Collectors.toList());
    }

    private static boolean isComponent(Class<?> c, String name) {
        for (java.lang.reflect.RecordComponent r : c.getRecordComponents()) {
            if (r.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresText(Class<?> c, String name) {
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 0 && m.getReturnType() == String.class) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }
}
