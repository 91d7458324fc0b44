/**
 * The haicap JSON interchange format: a Jackson module for the value types
 * ({@link org.haicap.core.json.HaicapModule}), a hardened factory and mappers
 * ({@link org.haicap.core.json.HaicapJson}), and streaming readers and writers for JSON Lines
 * ({@link org.haicap.core.json.JsonLinesReader}, {@link org.haicap.core.json.JsonLinesWriter}).
 *
 * <p>The only package of haicap core that uses Jackson. Value types of the domain packages are
 * registered in one place, the package-private {@code ValueTypes}.
 */
package org.haicap.core.json;
