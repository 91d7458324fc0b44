package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.classmate.TypeResolver;
import jakarta.validation.Validation;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.haicap.core.text.VietnameseText;
import org.hibernate.validator.HibernateValidator;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Runs a user's program with haicap, Hibernate Validator and their dependencies on the
 * <em>module path</em> (the other tests run on the class path): the constraint validators are
 * created by Hibernate Validator through the {@code opens} of the internal package, and the
 * messages come from haicap's bundles inside its module, without EL.
 */
class ModularSetupTest {

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void worksOnTheModulePath() throws Exception {
        Set<String> modules = new LinkedHashSet<>();
        for (Class<?> c : new Class<?>[] {HaicapValidation.class, VietnameseText.class, HibernateValidator.class,
            Validation.class, Logger.class, TypeResolver.class, org.slf4j.Logger.class,
            com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonParser.class,
            com.fasterxml.jackson.annotation.JsonProperty.class}) {
            modules.add(location(c));
        }
        String probe = location(example.modular.ModularProbe.class);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "org.haicap.validation,org.hibernate.validator",
                "-cp", probe, "example.modular.ModularProbe", "vi"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), err);
        assertEquals(String.join("\n",
                "id: số định danh cá nhân phải gồm đúng 12 chữ số",
                "name: tên người không được chứa chữ số",
                "required: không được thiếu (null)",
                "module=org.haicap.validation"), out.strip(), err);
    }
}
