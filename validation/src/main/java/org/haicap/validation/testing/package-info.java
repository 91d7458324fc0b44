/**
 * For test suites (kiểm thử): {@link org.haicap.validation.testing.HaicapAssertions} fails a
 * JUnit 5 test with a readable summary when a dataset or result has errors;
 * {@link org.haicap.validation.testing.ValidCommuneArbitraries} generates valid communes with
 * jqwik and {@link org.haicap.validation.testing.Mutations} breaks exactly one rule of one.
 * Needs junit-jupiter-api and jqwik (optional dependencies of haicap-validation) on the test
 * class path.
 */
package org.haicap.validation.testing;
