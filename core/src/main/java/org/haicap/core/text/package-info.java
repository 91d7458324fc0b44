/**
 * What the packages of haicap core share: {@link org.haicap.core.InvalidValueException}, the
 * common type of the domain records' refusals.
 */
package org.haicap.core;
