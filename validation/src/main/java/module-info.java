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
    exports org.haicap.validation.rules;
    exports org.haicap.validation.testing;
}
