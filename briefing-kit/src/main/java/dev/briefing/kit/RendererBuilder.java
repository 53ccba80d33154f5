package dev.briefing.kit;

import java.util.Objects;

/**
 * Builds a renderer made of section writers: the {@link RenderOptions}, and the sections whose
 * writer replaces the renderer's own. Every renderer on the kit offers one of these, so they
 * all take their settings the same way; a format of your own makes one with {@link #of}. A
 * renderer with settings of its own (a card's size limit) extends it, overriding {@link
 * #options} and {@link #section} only to return its own type.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *     .options(RenderOptions.builder().labels(SectionLabels.german()).build())
 *     .section(Section.THE_NUMBERS, (briefing, out) -> out.markup("<p>see the attached sheet</p>\n"))
 *     .build();
 * }</pre>
 *
 * @param <O> the output the renderer hands its section writers
 * @param <R> the renderer built
 */
public class RendererBuilder<O, R> {

  /**
   * Makes a renderer from its options and the writers that replace its own.
   *
   * @param <O> the output the renderer hands its section writers
   * @param <R> the renderer
   */
  @FunctionalInterface
  public interface Factory<O, R> {
    /**
     * @param options the options
     * @param replacements the writers to use instead of the renderer's own, where it has one
     * @return the renderer
     */
    R create(RenderOptions options, SectionWalk<O> replacements);
  }

  private final Factory<O, R> factory;
  private RenderOptions options = RenderOptions.standard();
  private SectionWalk<O> replacements = SectionWalk.empty();

  /**
   * @param factory how the renderer is made
   */
  protected RendererBuilder(Factory<O, R> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * @param <O> the output the renderer hands its section writers
   * @param <R> the renderer
   * @param factory how the renderer is made
   * @return a builder starting from {@link RenderOptions#standard()} and no replacements
   */
  public static <O, R> RendererBuilder<O, R> of(Factory<O, R> factory) {
    return new RendererBuilder<>(factory);
  }

  /**
   * @param options the options; {@link RenderOptions#standard()} by default
   * @return this builder
   */
  public RendererBuilder<O, R> options(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return this;
  }

  /**
   * @param section the section to write differently
   * @param writer how to write it, instead of the renderer's own writer
   * @return this builder
   */
  public RendererBuilder<O, R> section(Section section, SectionWriter<? super O> writer) {
    this.replacements = replacements.with(section, writer);
    return this;
  }

  /** @return the renderer */
  public final R build() {
    return factory.create(options, replacements);
  }
}
