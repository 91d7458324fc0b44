package org.haicap.validation.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test as a case of one or more built-in rules: one that asserts the rule passes on
 * data that meets it ({@link Outcome#PASSES}, with a measure over at least one item), or one
 * that asserts the rule's finding on data that breaks it ({@link Outcome#FAILS}).
 * {@link RuleCoverageTest} fails when a rule of {@link Rules#standard()} lacks either.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(RuleCase.List.class)
@interface RuleCase {

    /** The rule ids this test is a case of. */
    String[] value();

    /** What the test asserts of those rules. */
    Outcome outcome();

    /** What a case asserts. */
    enum Outcome {
        /** The rule judged the data and found nothing. */
        PASSES,
        /** The rule reported its finding. */
        FAILS
    }

    /** The container of repeated {@link RuleCase}s. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        RuleCase[] value();
    }
}
