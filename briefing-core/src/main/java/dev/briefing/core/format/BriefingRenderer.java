package dev.briefing.core.format;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingIOException;
import java.io.IOException;

/**
 * Writes a briefing in one format. Implementations are immutable and thread-safe: build one
 * with its options, then reuse it for every briefing.
 *
 * <pre>{@code
 * BriefingRenderer renderer = FormatRegistry.loadDefault().renderer("markdown");
 * String markdown = renderer.render(briefing);
 * renderer.render(briefing, writer); // or any Appendable
 * }</pre>
 */
@FunctionalInterface
public interface BriefingRenderer {

  /**
   * Writes the briefing to {@code out}.
   *
   * @param briefing the briefing
   * @param out where to write; not closed
   * @throws IOException when {@code out} fails
   */
  void renderTo(Briefing briefing, Appendable out) throws IOException;

  /**
   * Writes the briefing to {@code out}, reporting a failing {@code out} as unchecked.
   *
   * @param briefing the briefing
   * @param out where to write; not closed
   * @throws BriefingIOException when {@code out} fails
   */
  default void render(Briefing briefing, Appendable out) {
    try {
      renderTo(briefing, out);
    } catch (IOException e) {
      throw new BriefingIOException("Could not write the briefing", e);
    }
  }

  /**
   * Renders the briefing into a string.
   *
   * @param briefing the briefing
   * @return the rendered text
   */
  default String render(Briefing briefing) {
    StringBuilder out = new StringBuilder(4096);
    render(briefing, out);
    return out.toString();
  }
}
