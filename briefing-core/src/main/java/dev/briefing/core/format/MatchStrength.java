package dev.briefing.core.format;

/**
 * How strongly the first characters of an input look like a format, as a format's {@link
 * BriefingFormat#probe(CharSequence)} answers (the scale of Jackson's {@code MatchStrength}).
 * Sniffing takes the format with the strongest match above {@link #INCONCLUSIVE}.
 *
 * <pre>{@code
 * public MatchStrength probe(CharSequence head) {
 *   return head.toString().startsWith("value,label,") ? MatchStrength.FULL_MATCH : MatchStrength.NO_MATCH;
 * }
 * }</pre>
 */
public enum MatchStrength {
  /** The input cannot be in this format. */
  NO_MATCH,
  /** The format cannot tell (the default for a format with no probe); never chosen. */
  INCONCLUSIVE,
  /** The input could be in this format, as almost any text could be plain text. */
  WEAK_MATCH,
  /** The input starts as this format's documents start, such as '{' for JSON. */
  SOLID_MATCH,
  /** The input has what only this format has, such as two JSON objects on two lines. */
  FULL_MATCH
}
