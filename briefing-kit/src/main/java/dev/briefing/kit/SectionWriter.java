package dev.briefing.kit;

import dev.briefing.core.Briefing;
import java.io.IOException;

/**
 * Writes one {@link Section} of a briefing to a renderer's output. A renderer is a set of
 * these over one {@link SectionWalk}; replace one to change how that part is written without
 * forking the renderer. {@code O} is what the renderer hands its writers: an {@link Appendable}
 * for a simple format, or a richer output such as the HTML renderer's, which escapes text and
 * knows the options.
 *
 * <pre>{@code
 * SectionWriter<Appendable> signal = (briefing, out) ->
 *     out.append("BOTTOM LINE: ").append(Paragraphs.of(briefing.signal()).get(0)).append('\n');
 * }</pre>
 *
 * @param <O> the output the renderer hands its section writers
 */
@FunctionalInterface
public interface SectionWriter<O> {

  /**
   * Writes this writer's section; called only when the options include the section and the
   * briefing has it ({@link Section#isPresentIn(Briefing)}).
   *
   * @param briefing the briefing being rendered
   * @param out where to write
   * @throws IOException when the output fails
   */
  void write(Briefing briefing, O out) throws IOException;
}
