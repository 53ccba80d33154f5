package dev.briefing.core;

import java.util.List;

/**
 * No registered format has the requested name, media type or file extension, or the format
 * found cannot do what was asked (such as reading HTML). The message lists the formats that
 * are known.
 *
 * <pre>{@code
 * try {
 *   FormatRegistry.loadDefault().byName("xml");
 * } catch (UnknownFormatException e) {
 *   System.err.println(e.getMessage()); // Unknown format 'xml'; known formats: html, json, ...
 * }
 * }</pre>
 */
public final class UnknownFormatException extends BriefingException {
  private static final long serialVersionUID = 1L;

  private final List<String> known;

  /**
   * @param message what was asked for and why it failed
   * @param known the names of the formats that are registered
   */
  public UnknownFormatException(String message, List<String> known) {
    super(message + "; known formats: " + (known.isEmpty() ? "none" : String.join(", ", known)));
    this.known = List.copyOf(known);
  }

  /** @return the names of the formats that are registered */
  public List<String> knownFormats() {
    return known;
  }
}
