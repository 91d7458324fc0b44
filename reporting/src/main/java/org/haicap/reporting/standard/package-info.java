/**
 * Ready-made reports, such as the post-reform operations report of a city.
 */
package org.haicap.reporting.standard;
