package dev.briefing.spring.web;

import dev.briefing.core.Briefing;

/**
 * An application's own type holding a briefing, as a REST service would return it.
 *
 * @param id the edition's id
 * @param briefing its briefing
 */
public record Edition(String id, Briefing briefing) {}
