/**
 * The JSON wire format for briefings, on Jackson 2.
 */
module dev.briefing.json {
  requires transitive dev.briefing.core;
  requires static org.immutables.value.annotations;
}
