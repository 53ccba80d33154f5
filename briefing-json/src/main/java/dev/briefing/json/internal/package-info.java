/**
 * The wire format itself, free of any JSON library: property names and their order, the
 * schemaVersion rules, how values are written as text, JSON paths, and the wording of errors.
 * The Jackson 2 binding in {@code internal.jackson2} walks tokens with these; a Jackson 3
 * binding can reuse them unchanged.
 */
package dev.briefing.json.internal;
