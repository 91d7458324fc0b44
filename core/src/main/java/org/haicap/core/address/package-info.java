/**
 * Free-text Vietnamese addresses (địa chỉ): {@link org.haicap.core.address.AddressParser} splits
 * an address as people write it into the street part, kept as written, and the unit parts
 * (commune, district, province), each with its type and its name as written, normalised and
 * folded for matching.
 *
 * <p>Parsing settles only the shape of an address. Which unit a name means (a name shared by
 * several units, a commune split between several new units) is for the conversion against a
 * catalogue to decide, not for the parser: {@link org.haicap.core.address.AddressConverter}
 * does it, returning a {@link org.haicap.core.address.Conversion} that lists every candidate
 * when the input does not settle one unit.
 */
package org.haicap.core.address;
