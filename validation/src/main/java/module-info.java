/**
 * haicap validation: Bean Validation constraints for Vietnamese identifiers, the dataset rules
 * of the 2025 commune-level norms, and findings.
 */
module org.haicap.validation {
    requires transitive org.haicap.core;
    requires transitive jakarta.validation;
    // transitive: HaicapValidation.configuration returns a HibernateValidatorConfiguration
    requires transitive org.hibernate.validator;
    requires org.slf4j;
    requires static net.jqwik.api;
    requires static org.junit.jupiter.api;

    exports org.haicap.validation;
    exports org.haicap.validation.constraints;

    // Hibernate Validator instantiates the constraint validators reflectively.
    opens org.haicap.validation.internal to org.hibernate.validator;
    // The constraints name no validator (validatedBy = {}): Hibernate Validator finds them as
    // services, so the constraints package does not depend on the internal one.
    provides jakarta.validation.ConstraintValidator with
            org.haicap.validation.internal.AdminUnitCodeValidator,
            org.haicap.validation.internal.AdminUnitCodeValidator.ForUnitCode,
            org.haicap.validation.internal.AdminUnitCodeValidator.ForProvinceCode,
            org.haicap.validation.internal.CitizenIdValidator,
            org.haicap.validation.internal.CitizenIdValidator.ForValue,
            org.haicap.validation.internal.DocumentNumberValidator,
            org.haicap.validation.internal.DocumentNumberValidator.ForValue,
            org.haicap.validation.internal.ProcedureCodeValidator,
            org.haicap.validation.internal.TaxCodeValidator,
            org.haicap.validation.internal.TaxCodeValidator.ForValue,
            org.haicap.validation.internal.VietnameseMobileValidator,
            org.haicap.validation.internal.VietnameseMobileValidator.ForValue,
            org.haicap.validation.internal.VietnameseNameValidator;
    exports org.haicap.validation.pass;
    exports org.haicap.validation.rules;
    exports org.haicap.validation.testing;
}
