package dev.briefing.kit;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.internal.OutputSize;
import java.util.Objects;

/**
 * What every renderer on the kit has besides its section writers: its {@link RenderOptions},
 * and a {@link #render(Briefing)} into a string buffer sized once from the briefing's text and
 * what the layout adds, so a long briefing is not copied again and again as the buffer grows.
 * A renderer extends it and writes in {@link #renderTo}.
 *
 * <pre>{@code
 * final class HouseRenderer extends SectionRenderer {
 *   private final SectionWalk<Appendable> walk;
 *
 *   HouseRenderer(RenderOptions options) {
 *     super(options, 16, 128, 16);                      // per item, once, a sixteenth for escapes
 *     this.walk = SectionWalk.<Appendable>empty()
 *         .with(Section.SIGNAL, (b, out) -> out.append(PlainText.clean(b.signal())).append('\n'));
 *   }
 *
 *   public void renderTo(Briefing briefing, Appendable out) throws IOException {
 *     walk.write(briefing, options().sections(), out);
 *   }
 * }
 * }</pre>
 */
public abstract class SectionRenderer implements BriefingRenderer {

  private final RenderOptions options;
  private final int perItem;
  private final int once;
  private final int escapeDivisor;

  /**
   * @param options the options
   * @param perItem characters the layout adds around each impact, figure, watch item, author,
   *     tag and source
   * @param once characters it adds once: headings, labels, a document around the briefing
   * @param escapeDivisor the text's length divided by this is added for escapes: 16 where an
   *     escape is a backslash, 8 where it is an entity such as {@code &amp;}
   */
  protected SectionRenderer(RenderOptions options, int perItem, int once, int escapeDivisor) {
    this.options = Objects.requireNonNull(options, "options");
    this.perItem = perItem;
    this.once = once;
    this.escapeDivisor = escapeDivisor;
  }

  /** @return the options in use */
  public final RenderOptions options() {
    return options;
  }

  /**
   * Renders the briefing into a string, in a buffer sized from the briefing's text and the
   * sections written.
   *
   * @param briefing the briefing
   * @return what {@link #renderTo} writes
   */
  @Override
  public final String render(Briefing briefing) {
    StringBuilder out = new StringBuilder(OutputSize.of(briefing, options.sections(), perItem, once, escapeDivisor));
    render(briefing, out);
    return out.toString();
  }
}
