/**
 * jqwik generators of valid domain values (units, citizen IDs, people, dossiers, payments) for users' own property-based tests. Needs jqwik on the test class path.
 */
package org.haicap.core.testing;
