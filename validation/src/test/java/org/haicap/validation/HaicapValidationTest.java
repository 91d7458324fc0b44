package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.junit.jupiter.api.Test;

class HaicapValidationTest {

    static class Form {
        @NotNull
        String required;

        @Size(min = 2, max = 5)
        String shortText = "x";

        @DecimalMax(value = "10", inclusive = false)
        BigDecimal below = BigDecimal.TEN;

        @DecimalMin(value = "1")
        BigDecimal atLeast = BigDecimal.ZERO;

        @DurationMax(hours = 1, minutes = 30)
        Duration wait = Duration.ofHours(2);

        @DurationMin(days = 1, inclusive = false)
        Duration stay = Duration.ofHours(1);

        @Pattern(regexp = "[0-9]{5}")
        String code = "abc";

        @NotNull(message = "{com.example.Required.message}")
        String userMessage;

        @Null
        String mustBeNull = "x";
    }

    private static Map<String, String> messages(Validator v) {
        Map<String, String> out = new TreeMap<>();
        for (ConstraintViolation<Form> cv : v.validate(new Form())) {
            out.put(cv.getPropertyPath().toString(), cv.getMessage());
        }
        return out;
    }

    @Test
    void noExpressionLanguageOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
    }

    @Test
    void hibernateValidatorsDefaultBootstrapNeedsElWhichIsWhyTheFactoryExists() {
        jakarta.validation.ValidationException e = assertThrows(jakarta.validation.ValidationException.class,
                () -> jakarta.validation.Validation.buildDefaultValidatorFactory().close());
        assertTrue(e.getMessage().contains("HV000183"), e.getMessage());
    }

    @Test
    void builtInMessagesInVietnameseWithoutEl() {
        try (ValidatorFactory f = HaicapValidation.validatorFactory(HaicapValidation.VIETNAMESE)) {
            Map<String, String> m = messages(f.getValidator());
            assertEquals("không được thiếu (null)", m.get("required"));
            assertEquals("kích thước phải từ 2 đến 5", m.get("shortText"));
            assertEquals("phải nhỏ hơn 10", m.get("below"));
            assertEquals("phải lớn hơn hoặc bằng 1", m.get("atLeast"));
            assertEquals("phải ngắn hơn hoặc bằng 1 giờ 30 phút", m.get("wait"));
            assertEquals("phải dài hơn 1 ngày", m.get("stay"));
            assertEquals("phải khớp với mẫu \"[0-9]{5}\"", m.get("code"));
        }
    }

    @Test
    void builtInMessagesInEnglishWithoutEl() {
        Map<String, String> m = messages(HaicapValidation.validator(Locale.ENGLISH));
        assertEquals("must not be null", m.get("required"));
        assertEquals("must be less than 10", m.get("below"));
        assertEquals("must be greater than or equal to 1", m.get("atLeast"));
        assertEquals("must be shorter than or equal to 1 hour 30 minutes", m.get("wait"));
        assertEquals("must be longer than 1 day", m.get("stay"));
    }

    @Test
    void theUsersOwnBundleComesFirst() {
        Map<String, String> m = messages(HaicapValidation.validator(HaicapValidation.VIETNAMESE));
        assertEquals("user text: required", m.get("userMessage"));
        assertEquals("user text: must stay empty", m.get("mustBeNull"));
    }

    @Test
    void otherLocalesKeepHibernateValidatorsTranslationsAndNeverShowEl() {
        Map<String, String> m = messages(HaicapValidation.validator(Locale.FRENCH));
        assertEquals("ne doit pas être nul", m.get("required"));
        assertEquals("must be less than 10", m.get("below"));
        m.values().forEach(s -> assertTrue(!s.contains("${"), s));
    }

    @Test
    void validatorIsSharedPerLocale() {
        assertSame(HaicapValidation.validator(Locale.ENGLISH).getClass(),
                HaicapValidation.validator(Locale.ENGLISH).getClass());
        assertTrue(HaicapValidation.messageInterpolator(Locale.ENGLISH) instanceof HaicapMessageInterpolator);
    }
}
