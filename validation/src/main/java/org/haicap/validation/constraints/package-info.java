/**
 * Bean Validation constraints for Vietnamese identifiers and codes, usable on users' own beans.
 */
package org.haicap.validation.constraints;
