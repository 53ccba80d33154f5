package dev.briefing.core.format;

import dev.briefing.core.Location;
import dev.briefing.core.internal.message.ControlEscape;
import org.immutables.value.Value;

/**
 * Something a tolerant parser inferred from its input, where and what: a heading read as a
 * section through a named label set, the separator that split a figure, lines joined into a
 * paragraph. Not a problem (those are {@link ParseWarning}s): a record of how the briefing was
 * read, so that nothing a parser decides is silent. Control characters in the message are
 * escaped.
 *
 * <pre>{@code
 * ParseNote note = ParseNote.of(Location.at(3, 1), "heading 'By the numbers' read as The Numbers (label set newsletter)");
 * }</pre>
 */
@Value.Immutable
public abstract class ParseNote {

  ParseNote() {}

  /**
   * @param location where the inference was made
   * @param message what was inferred
   * @return the note
   */
  public static ParseNote of(Location location, String message) {
    return ImmutableParseNote.of(location, message);
  }

  /** @return where the inference was made */
  @Value.Parameter
  public abstract Location location();

  /** @return what was inferred */
  @Value.Parameter
  public abstract String message();

  /** Escapes control characters once, whichever way the note was made. */
  @Value.Check
  ParseNote escaped() {
    String message = ControlEscape.escape(message());
    return message == message() ? this : of(location(), message);
  }

  @Override
  public String toString() {
    return location().describe() + ": " + message();
  }
}
