/**
 * Reading outcomes that lose nothing: every input row becomes an object or a problem that names the source, line, column or record and the reason.
 */
package org.haicap.core.io;
