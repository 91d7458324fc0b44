/**
 * Administrative procedures (thủ tục hành chính) and dossiers (hồ sơ): codes, online levels, channels, the dossier lifecycle and its legal transitions.
 */
package org.haicap.core.procedures;
