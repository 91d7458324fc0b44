/**
 * The Vietnamese working-day calendar: weekends, the Labour Code holidays including the lunar ones computed for UTC+7, user-added days off and make-up days, and due dates.
 */
package org.haicap.core.calendar;
