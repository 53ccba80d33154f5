package dev.briefing.core.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A format built from its {@link FormatDescriptor} and the renderer and parser it hands out: the
 * name, media type, extensions, probe and whether it holds many briefings come from the
 * descriptor, so a format class states each of them once. Extend it for a format of your own,
 * or implement {@link BriefingFormat} directly, as before; both are found and registered alike.
 * A format whose renderer or parser costs something to build hands out suppliers of them, so
 * that a registry of every format on the class path builds only those a program uses.
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
 *
 * public final class LedgerFormat extends DescribedFormat {
 *   public LedgerFormat() {
 *     super(LEDGER, LedgerRenderer::standard, LedgerParser::standard);   // made on first use
 *   }
 * }
 * }</pre>
 */
public class DescribedFormat implements BriefingFormat {

  private final FormatDescriptor descriptor;
  private final OnFirstUse<BriefingRenderer> renderer;
  private final OnFirstUse<BriefingParser> parser;

  /**
   * @param descriptor what describes the format
   * @param renderer the renderer it hands out, if it can be written
   * @param parser the parser it hands out, if it can be read
   */
  protected DescribedFormat(FormatDescriptor descriptor, Optional<BriefingRenderer> renderer,
      Optional<BriefingParser> parser) {
    this(descriptor, OnFirstUse.made(Objects.requireNonNull(renderer, "renderer")),
        OnFirstUse.made(Objects.requireNonNull(parser, "parser")));
  }

  /**
   * A format that is written only, its renderer made on the first call of {@link #renderer()}.
   *
   * @param descriptor what describes the format
   * @param renderer makes the renderer it hands out, once
   */
  protected DescribedFormat(FormatDescriptor descriptor, Supplier<? extends BriefingRenderer> renderer) {
    this(descriptor, OnFirstUse.of(renderer), OnFirstUse.none());
  }

  /**
   * A format that is written and read, its renderer and parser each made on the first call of
   * {@link #renderer()} or {@link #parser()}.
   *
   * @param descriptor what describes the format
   * @param renderer makes the renderer it hands out, once
   * @param parser makes the parser it hands out, once
   */
  protected DescribedFormat(FormatDescriptor descriptor, Supplier<? extends BriefingRenderer> renderer,
      Supplier<? extends BriefingParser> parser) {
    this(descriptor, OnFirstUse.of(renderer), OnFirstUse.of(parser));
  }

  private DescribedFormat(FormatDescriptor descriptor, OnFirstUse<BriefingRenderer> renderer,
      OnFirstUse<BriefingParser> parser) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.renderer = renderer;
    this.parser = parser;
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
    return renderer.get();
  }

  @Override
  public final Optional<BriefingParser> parser() {
    return parser.get();
  }

  /** @return the class's simple name and the media type, such as {@code HtmlFormat[text/html]} */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + descriptor.mediaType() + "]";
  }
}
