/**
 * Findings: the one result model of haicap validation, with rule ids, severities, locations, Vietnamese and English messages, masked values, measures and deterministic samples.
 */
package org.haicap.validation;
