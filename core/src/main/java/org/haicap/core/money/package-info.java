/**
 * Money in Vietnamese đồng (VND, scale 0, never floating point) and payments: party fees, procedure fees and charges.
 */
package org.haicap.core.money;
