/**
 * A dataset of reference data held in memory with indexes: units in use, people, posts, appointments, organisations, committees, congresses, seals and procedures.
 */
package org.haicap.core.dataset;
