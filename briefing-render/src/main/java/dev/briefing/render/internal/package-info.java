/**
 * Escaping, paragraph splitting, URL policy and timestamps shared by the renderers; not
 * exported.
 */
package dev.briefing.render.internal;
