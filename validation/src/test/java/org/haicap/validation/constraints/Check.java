package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.haicap.validation.HaicapValidation;

/** Test helper: validates beans in Vietnamese and English. */
final class Check {
    static final Validator VI = HaicapValidation.validator(HaicapValidation.VIETNAMESE);
    static final Validator EN = HaicapValidation.validator(Locale.ENGLISH);

    private Check() {
    }

    static Set<ConstraintViolation<Object>> violations(Object bean) {
        return VI.validate(bean);
    }

    static boolean valid(Object bean) {
        return VI.validate(bean).isEmpty();
    }

    /** The single violation's message in vi and en. */
    static List<String> messages(Object bean) {
        Set<ConstraintViolation<Object>> vi = VI.validate(bean);
        Set<ConstraintViolation<Object>> en = EN.validate(bean);
        assertEquals(1, vi.size(), () -> "violations: " + vi);
        assertEquals(1, en.size());
        return List.of(vi.iterator().next().getMessage(), en.iterator().next().getMessage());
    }

    /** The templates of the violations, sorted. */
    static List<String> templates(Object bean) {
        return VI.validate(bean).stream().map(ConstraintViolation::getMessageTemplate).sorted()
                .collect(Collectors.toList());
    }
}
