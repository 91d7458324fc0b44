package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.haicap.validation.constraints.CitizenId;
import org.haicap.validation.constraints.DocumentNumber;
import org.junit.jupiter.api.Test;

class FindingsTest {
    private static final Validator V = HaicapValidation.validator(Locale.ENGLISH);

    static class Official {
        @CitizenId
        String citizenId = "0010950123456";

        @NotBlank(payload = Severity.Warning.class)
        String title = " ";

        @Max(value = 10, payload = Severity.Info.class)
        int deputies = 12;

        @DocumentNumber
        String decision = "150/NĐ";
    }

    private static List<Finding> findings() {
        return Findings.from(V.validate(new Official()), Location.of("officials.csv").atLine(7).withKey("A-17"));
    }

    @Test
    void mapsRuleIdsSeverityAndPath() {
        List<Finding> f = findings();
        assertEquals(4, f.size());
        // sorted by path: citizenId, decision, deputies, title
        assertEquals("vn.citizen-id.shape", f.get(0).ruleId());
        assertEquals("citizenId", f.get(0).location().path());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("vn.document-number.shape", f.get(1).ruleId());
        assertEquals("jakarta.validation.constraints.Max", f.get(2).ruleId());
        assertEquals(Severity.INFO, f.get(2).severity());
        assertEquals("jakarta.validation.constraints.NotBlank", f.get(3).ruleId());
        assertEquals(Severity.WARNING, f.get(3).severity());
        assertEquals("A-17", f.get(3).location().key());
        assertEquals(7, f.get(3).location().line());
    }

    @Test
    void messagesInBothLanguagesWhateverTheValidatorsLocale() {
        Finding id = findings().get(0);
        assertEquals("số định danh cá nhân phải gồm đúng 12 chữ số", id.messageVi());
        assertEquals("a personal identification number is exactly 12 digits", id.messageEn());
        Finding max = findings().get(2);
        assertEquals("phải nhỏ hơn hoặc bằng 10", max.messageVi());
        assertEquals("must be less than or equal to 10", max.messageEn());
        assertEquals(Optional.of("Luật Căn cước 26/2023/QH15, Điều 12"), id.citedRegulation());
    }

    @Test
    void personalValuesAreMaskedOthersExcerpted() {
        List<Finding> f = findings();
        assertEquals(Optional.of("**********456"), f.get(0).offendingValue());
        assertFalse(f.get(0).toString().contains("0010950123456"));
        assertEquals(Optional.of("150/NĐ"), f.get(1).offendingValue());
        assertEquals(Optional.of("12"), f.get(2).offendingValue());
        assertEquals(Optional.of("*"), f.get(3).offendingValue());
    }

    @Test
    void aCitizenIdNeverAppearsInFullInTheSummary() {
        ValidationResult r = ValidationResult.of(findings());
        String vi = r.summary(Locale.forLanguageTag("vi"));
        String en = r.summary(Locale.ENGLISH);
        assertFalse(vi.contains("0010950123456") || en.contains("0010950123456") || r.toString().contains("001095012"));
        assertTrue(vi.contains("vn.citizen-id.shape"));
    }

    @Test
    void userMessagesAreKept() {
        class WithOwnMessage {
            @NotBlank(message = "tên không được trống")
            String name = "";
        }
        Finding f = Findings.from(V.validate(new WithOwnMessage()), Location.of("x")).get(0);
        assertEquals("tên không được trống", f.messageVi());
        assertEquals("tên không được trống", f.messageEn());
    }

    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = EvenValidator.class)
    @interface Even {
        String message() default "must be even, got {got}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class EvenValidator implements ConstraintValidator<Even, Integer> {
        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("got", value);
            return value == null || value % 2 == 0;
        }
    }

    @Test
    void messageParametersOfCustomValidatorsFallBackToTheViolationsMessage() {
        class Bean {
            @Even
            int n = 3;
        }
        List<Finding> f = Findings.validate(V, new Bean(), Location.of("x"));
        assertEquals(1, f.size());
        assertEquals("must be even, got 3", f.get(0).messageEn());
        assertEquals("must be even, got 3", f.get(0).messageVi());
        assertEquals(FindingsTest.class.getName() + "$Even", f.get(0).ruleId());
        assertEquals(Optional.of("3"), f.get(0).offendingValue());
    }

    @Test
    void validateReturnsNothingForAValidBean() {
        class Good {
            @CitizenId
            String id = "001095012345";
        }
        assertTrue(Findings.validate(V, new Good(), Location.of("x")).isEmpty());
    }

    @Test
    void ruleIdsOfHaicapConstraints() {
        assertEquals("vn.tax-code.check-digit", Findings.ruleId(org.haicap.validation.constraints.TaxCode.class,
                "{org.haicap.validation.constraints.TaxCode.checkDigit.message}"));
        assertEquals("vn.admin-unit-code.shape", Findings.ruleId(org.haicap.validation.constraints.AdminUnitCode.class,
                "my own message"));
        assertEquals("jakarta.validation.constraints.NotBlank", Findings.ruleId(NotBlank.class, "{x}"));
    }
}
