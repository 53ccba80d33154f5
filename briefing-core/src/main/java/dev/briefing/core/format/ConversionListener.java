package dev.briefing.core.format;

import dev.briefing.core.Violation;
import java.util.List;

/**
 * Hears about each briefing of a conversion as it goes, for a progress display or a log; the
 * {@link ConversionReport} sums it all up at the end. Called on the converting thread, in
 * input order. Every method does nothing unless overridden.
 *
 * <pre>{@code
 * Converter converter = Converter.standard().withListener(new ConversionListener() {
 *   public void read(String input, ParseResult result) {
 *     result.warnings().forEach(w -> log.warn("{}: briefing {}: {}", input, result.document(), w));
 *   }
 *   public void invalid(String input, long document, List<Violation> violations) {
 *     violations.forEach(v -> log.error("{}: briefing {}: {}", input, document, v));
 *   }
 * });
 * }</pre>
 */
public interface ConversionListener {

  /** A listener that does nothing. */
  ConversionListener NONE = new ConversionListener() {};

  /**
   * An input is about to be read.
   *
   * @param input the input's name
   * @param format the format it is read in, given or told from its name or content
   */
  default void started(String input, BriefingFormat format) {}

  /**
   * A briefing was read, before it is checked and written.
   *
   * @param input the input's name
   * @param result the briefing with its repairs and warnings; {@link ParseResult#document()}
   *     is its number in the input, counting invalid ones too
   */
  default void read(String input, ParseResult result) {}

  /**
   * A briefing broke the model's rules, and is not written.
   *
   * @param input the input's name
   * @param document its 1-based number in the input
   * @param violations every rule it broke
   */
  default void invalid(String input, long document, List<Violation> violations) {}
}
