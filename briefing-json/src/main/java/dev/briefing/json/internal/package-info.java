/**
 * The wire format's rules, free of any JSON library: property names and their order, the
 * schemaVersion rules, how values are written as text, JSON paths, and the wording of errors.
 * The shapes in {@code internal.shape} read and write with these; the backends reach them
 * through a qualified export.
 */
package dev.briefing.json.internal;
