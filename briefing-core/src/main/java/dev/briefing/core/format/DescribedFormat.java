package dev.briefing.core.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A format built from its {@link FormatDescriptor} and the renderer and parser it hands out: the
 * name, media type, extensions, probe and whether it holds many briefings come from the
 * descriptor, so a format class states each of them once. Extend it for a format of your own,
 * or implement {@link BriefingFormat} directly, as before; both are found and registered alike.
 *
 * <pre>{@code
 * public final class HouseFormat extends DescribedFormat {
 *   static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("house", "text/x-house")
 *       .extensions(".house").build();
 *
 *   public HouseFormat() {
 *     super(DESCRIPTOR, Optional.of(new HouseRenderer()), Optional.empty());
 *   }
 * }
 * }</pre>
 */
public class DescribedFormat implements BriefingFormat {

  private final FormatDescriptor descriptor;
  private final Optional<BriefingRenderer> renderer;
  private final Optional<BriefingParser> parser;

  /**
   * @param descriptor what describes the format
   * @param renderer the renderer it hands out, if it can be written
   * @param parser the parser it hands out, if it can be read
   */
  protected DescribedFormat(FormatDescriptor descriptor, Optional<BriefingRenderer> renderer,
      Optional<BriefingParser> parser) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /** @return what describes this format */
  public final FormatDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final String name() {
    return descriptor.name();
  }

  @Override
  public final String mediaType() {
    return descriptor.mediaType();
  }

  @Override
  public final List<String> extensions() {
    return descriptor.extensions();
  }

  @Override
  public final boolean multiDocument() {
    return descriptor.multiDocument();
  }

  @Override
  public final MatchStrength probe(CharSequence head) {
    return descriptor.probe(head);
  }

  @Override
  public final Optional<BriefingRenderer> renderer() {
    return renderer;
  }

  @Override
  public final Optional<BriefingParser> parser() {
    return parser;
  }

  /** @return the class's simple name and the media type, such as {@code HtmlFormat[text/html]} */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + descriptor.mediaType() + "]";
  }
}
