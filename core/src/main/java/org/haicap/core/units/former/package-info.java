/**
 * The administrative units as they were before the 1 July 2025 rearrangement: the three-level
 * catalogue of 30 June 2025 (63 provinces, their districts and communes) and the former names of
 * the earlier rounds of 2019–2025, each with the date it ceased and what took it over.
 *
 * <p>{@link org.haicap.core.units.former.FormerCatalog#asOf30June2025()} loads it once, lazily, from
 * a compact binary resource; loading {@link org.haicap.core.units.UnitCatalog#official()} never
 * loads it.
 */
package org.haicap.core.units.former;
