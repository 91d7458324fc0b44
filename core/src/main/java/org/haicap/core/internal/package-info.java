/**
 * Implementation details shared by the packages of {@code org.haicap.core}. Not exported: nothing
 * here is API.
 */
package org.haicap.core.internal;
