package dev.briefing.kit;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.DescribedFormat;
import dev.briefing.core.format.FormatDescriptor;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A format on the kit: besides its default renderer and parser it makes one from any
 * {@link RenderOptions} or {@link ParseOptions}, so a tool that writes German labels or reads
 * leniently asks the format, whichever it is, instead of keeping a list of formats and their
 * classes. The built-in text, Markdown, HTML, Slack and Adaptive Card formats are such formats.
 *
 * <pre>{@code
 * public final class HouseFormat extends ConfigurableFormat {
 *   static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("house", "text/x-house")
 *       .extensions(".house").build();
 *
 *   public HouseFormat() {
 *     super(DESCRIPTOR, HouseRenderer.of(RenderOptions.standard()), HouseRenderer::of);
 *   }
 * }
 *
 * RenderOptions german = RenderOptions.builder().labels(SectionLabels.german()).build();
 * FormatRegistry formats = FormatRegistry.loadDefault();
 * for (BriefingFormat format : formats.formats()) {
 *   if (format instanceof ConfigurableFormat configurable) {
 *     formats = formats.with(configurable.rendering(german));
 *   }
 * }
 * }</pre>
 */
public abstract class ConfigurableFormat extends DescribedFormat {

  private final Function<RenderOptions, ? extends BriefingRenderer> renderers;
  private final Optional<Function<ParseOptions, ? extends BriefingParser>> parsers;

  /**
   * A format that is written only.
   *
   * @param descriptor what describes the format
   * @param renderer the renderer it hands out
   * @param renderers how it makes a renderer with other options
   */
  protected ConfigurableFormat(FormatDescriptor descriptor, BriefingRenderer renderer,
      Function<RenderOptions, ? extends BriefingRenderer> renderers) {
    super(descriptor, Optional.of(Objects.requireNonNull(renderer, "renderer")), Optional.empty());
    this.renderers = Objects.requireNonNull(renderers, "renderers");
    this.parsers = Optional.empty();
  }

  /**
   * A format that is written and read; its parser is the one for {@link ParseOptions#standard()}.
   *
   * @param descriptor what describes the format
   * @param renderer the renderer it hands out
   * @param renderers how it makes a renderer with other options
   * @param parsers how it makes a parser with other options
   */
  protected ConfigurableFormat(FormatDescriptor descriptor, BriefingRenderer renderer,
      Function<RenderOptions, ? extends BriefingRenderer> renderers,
      Function<ParseOptions, ? extends BriefingParser> parsers) {
    this(descriptor, constant(Objects.requireNonNull(renderer, "renderer")), renderers, parsers);
  }

  /**
   * A format that is written and read, its default renderer and its parser for {@link
   * ParseOptions#standard()} made on first use: a registry of every format on the class path
   * then builds only the renderers and parsers a program asks for.
   *
   * @param descriptor what describes the format
   * @param renderer makes the renderer it hands out, once
   * @param renderers how it makes a renderer with other options
   * @param parsers how it makes a parser with other options
   */
  protected ConfigurableFormat(FormatDescriptor descriptor, Supplier<? extends BriefingRenderer> renderer,
      Function<RenderOptions, ? extends BriefingRenderer> renderers,
      Function<ParseOptions, ? extends BriefingParser> parsers) {
    super(descriptor, renderer, standardParser(parsers));
    this.renderers = Objects.requireNonNull(renderers, "renderers");
    this.parsers = Optional.of(parsers);
  }

  private static Supplier<BriefingRenderer> constant(BriefingRenderer renderer) {
    return () -> renderer;
  }

  private static Supplier<BriefingParser> standardParser(Function<ParseOptions, ? extends BriefingParser> parsers) {
    Objects.requireNonNull(parsers, "parsers");
    return () -> parsers.apply(ParseOptions.standard());
  }

  /**
   * @param options the options
   * @return a renderer of this format with those options and its built-in section writers
   */
  public final BriefingRenderer renderer(RenderOptions options) {
    return renderers.apply(Objects.requireNonNull(options, "options"));
  }

  /**
   * @param options the options
   * @return a parser of this format with those options, if the format is read
   */
  public final Optional<BriefingParser> parser(ParseOptions options) {
    Objects.requireNonNull(options, "options");
    return parsers.map(make -> make.apply(options));
  }

  /**
   * @param options the options
   * @return this format, its renderer made with those options, its parser as it is
   */
  public final BriefingFormat rendering(RenderOptions options) {
    return descriptor().format(Optional.of(renderer(options)), parser());
  }

  /**
   * @param options the options
   * @return this format, its parser (if it has one) made with those options, its renderer as it is
   */
  public final BriefingFormat reading(ParseOptions options) {
    return descriptor().format(renderer(), parser(options));
  }
}
