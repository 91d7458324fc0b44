/**
 * The official catalogue of administrative units (đơn vị hành chính) of the two-level government in force since 1 July 2025: provinces, communes, wards and special zones, their codes, types as of a date, name search and the conversion from pre-2025 units.
 */
package org.haicap.core.units;
