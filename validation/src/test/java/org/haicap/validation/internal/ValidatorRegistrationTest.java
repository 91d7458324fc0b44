package org.haicap.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.haicap.core.testsupport.ModuleExports;
import org.haicap.validation.HaicapValidation;
import org.haicap.validation.constraints.AdminUnitCode;
import org.haicap.validation.constraints.CitizenId;
import org.haicap.validation.constraints.DocumentNumber;
import org.haicap.validation.constraints.ProcedureCode;
import org.haicap.validation.constraints.TaxCode;
import org.haicap.validation.constraints.VietnameseMobile;
import org.haicap.validation.constraints.VietnameseName;
import org.junit.jupiter.api.Test;

/** The validators are registered so that Hibernate Validator can create them on the module path too. */
class ValidatorRegistrationTest {

    @Test
    void internalPackageIsOpenToHibernateValidatorOnly() {
        ModuleDescriptor d = ModuleExports.descriptorOf(HaicapValidation.class);
        Set<String> opens = d.opens().stream().filter(o -> o.source().equals("org.haicap.validation.internal"))
                .flatMap(o -> o.targets().stream()).collect(Collectors.toSet());
        assertEquals(Set.of("org.hibernate.validator"), opens);
        assertTrue(d.exports().stream().noneMatch(e -> e.source().equals("org.haicap.validation.internal")));
    }

    @Test
    void everyValidatorIsAPublicServiceWithAPublicNoArgConstructor() throws Exception {
        ModuleDescriptor d = ModuleExports.descriptorOf(HaicapValidation.class);
        List<String> provided = d.provides().stream()
                .filter(p -> p.service().equals(ConstraintValidator.class.getName()))
                .flatMap(p -> p.providers().stream()).sorted().collect(Collectors.toList());
        List<String> listed;
        try (InputStream in = HaicapValidation.class.getResourceAsStream(
                "/META-INF/services/" + ConstraintValidator.class.getName())) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).sorted().collect(Collectors.toList());
        }
        // the module path reads module-info, the class path the services file: they must agree
        assertEquals(provided, listed);
        Set<Class<?>> covered = new HashSet<>();
        for (String name : provided) {
            Class<?> v = Class.forName(name);
            assertEquals("org.haicap.validation.internal", v.getPackageName());
            assertTrue(Modifier.isPublic(v.getModifiers()), v.getName());
            assertTrue(Modifier.isPublic(v.getConstructor().getModifiers()), v.getName());
            covered.add(annotationOf(v));
        }
        Set<Class<?>> constraints = Set.of(AdminUnitCode.class, CitizenId.class, DocumentNumber.class,
                ProcedureCode.class, TaxCode.class, VietnameseMobile.class, VietnameseName.class);
        assertEquals(constraints, covered);
        for (Class<?> c : constraints) {
            // the constraints name no validator, so their package does not depend on this one
            assertEquals(0, c.getAnnotation(Constraint.class).validatedBy().length, c.getName());
        }
    }

    private static Class<?> annotationOf(Class<?> validator) {
        for (Class<?> c = validator; c != null; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType pt && pt.getRawType() == ConstraintValidator.class) {
                    return (Class<?>) pt.getActualTypeArguments()[0];
                }
            }
        }
        throw new AssertionError("not a ConstraintValidator: " + validator.getName());
    }
}
