/**
 * Entry points for test suites: assertions over imported files or datasets that fail with a readable summary.
 */
package org.haicap.validation.testing;
