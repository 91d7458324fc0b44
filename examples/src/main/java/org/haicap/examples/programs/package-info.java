/**
 * Example programs (chương trình ví dụ), each a {@code main} with a test that runs it:
 * {@link org.haicap.examples.programs.CityAppExample} (a city app embedding the report builder with
 * its own numbers) and {@link org.haicap.examples.programs.WardRosterExample} (ward software
 * checking each change of its leadership roster against the rules). The third example, a JUnit 5
 * test of an imported file with {@code HaicapAssertions}, is {@code ImportTestExampleTest} in the
 * test sources. See {@code docs/examples.md}.
 */
package org.haicap.examples.programs;
