package org.haicap.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
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
    void everyValidatorIsPublicWithAPublicNoArgConstructor() throws Exception {
        for (Class<?> c : Set.of(AdminUnitCode.class, CitizenId.class, DocumentNumber.class, ProcedureCode.class,
                TaxCode.class, VietnameseMobile.class, VietnameseName.class)) {
            Class<? extends ConstraintValidator<?, ?>>[] validators = c.getAnnotation(Constraint.class).validatedBy();
            assertTrue(validators.length > 0, c.getName());
            for (Class<?> v : validators) {
                assertEquals("org.haicap.validation.internal", v.getPackageName());
                assertTrue(Modifier.isPublic(v.getModifiers()), v.getName());
                assertTrue(Modifier.isPublic(v.getConstructor().getModifiers()), v.getName());
            }
        }
    }
}
