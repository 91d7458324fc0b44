/**
 * The haicap JSON interchange format: a Jackson module for the value types, a hardened factory, and streaming readers and writers for datasets, JSON Lines and CSV.
 */
package org.haicap.core.json;
