/**
 * The JSON wire format for briefings.
 */
package dev.briefing.json;
