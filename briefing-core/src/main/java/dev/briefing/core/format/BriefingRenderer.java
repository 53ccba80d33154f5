package dev.briefing.core.format;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingIOException;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * Writes a briefing in one format. Implementations are immutable and thread-safe: build one
 * with its options, then reuse it for every briefing.
 *
 * <pre>{@code
 * BriefingRenderer renderer = FormatRegistry.loadDefault().renderer("markdown");
 * String markdown = renderer.render(briefing);
 * renderer.render(briefing, writer); // or any Appendable
 * renderer.renderAll(briefings, writer); // many briefings as one output
 * }</pre>
 *
 * <p>Several briefings in one output (a batch converted to one file) are written between a
 * {@linkplain #renderPrologue prologue} and an {@linkplain #renderEpilogue epilogue}, with a
 * {@linkplain #renderSeparator separator} between two briefings: a CSV header once, a JSON
 * array's brackets and commas, a feed's head. All three write nothing by default, so a
 * one-document format writes its briefings one after another.
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
   * Writes what comes once before the briefings of one output, such as a CSV header or a
   * JSON array's {@code [}; written even when there are no briefings.
   *
   * @param out where to write; not closed
   * @throws IOException when {@code out} fails
   */
  default void renderPrologue(Appendable out) throws IOException {}

  /**
   * Writes what comes between two briefings of one output, such as a JSON array's comma.
   *
   * @param out where to write; not closed
   * @throws IOException when {@code out} fails
   */
  default void renderSeparator(Appendable out) throws IOException {}

  /**
   * Writes what comes once after the briefings of one output, such as a JSON array's {@code ]}.
   *
   * @param out where to write; not closed
   * @throws IOException when {@code out} fails
   */
  default void renderEpilogue(Appendable out) throws IOException {}

  /**
   * Writes every briefing as one output: the prologue, the briefings with a separator between
   * two, the epilogue. Consumes and closes the stream.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(path)) {
   *   long written = renderer.renderAll(briefings.stream(), out);
   * }
   * }</pre>
   *
   * @param briefings the briefings, in order
   * @param out where to write; not closed
   * @return how many briefings were written
   * @throws BriefingIOException when {@code out} fails
   */
  default long renderAll(Stream<Briefing> briefings, Appendable out) {
    long[] count = {0};
    try (briefings) {
      renderPrologue(out);
      // Pushed through forEachOrdered, never pulled through an iterator: a flatMap'd stream
      // (many files) would buffer a whole input to serve an iterator.
      briefings.forEachOrdered(briefing -> {
        try {
          if (count[0] > 0) {
            renderSeparator(out);
          }
        } catch (IOException e) {
          throw new BriefingIOException("Could not write between two briefings", e);
        }
        render(briefing, out);
        count[0]++;
      });
      renderEpilogue(out);
    } catch (IOException e) {
      throw new BriefingIOException("Could not write the briefings", e);
    }
    return count[0];
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
