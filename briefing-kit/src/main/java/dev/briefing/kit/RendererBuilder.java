package dev.briefing.kit;

import java.util.Objects;

/**
 * Builds a renderer made of section writers that has nothing to set besides what every kit
 * renderer takes: the {@link RenderOptions}, and the sections whose writer replaces the
 * renderer's own. A format of your own makes one with {@link #of}; a renderer with settings of
 * its own extends {@link AbstractRendererBuilder} instead.
 *
 * <pre>{@code
 * HouseRenderer house = RendererBuilder.of(HouseRenderer::new)   // HouseRenderer(RenderOptions, SectionWalk<Appendable>)
 *     .options(RenderOptions.builder().labels(SectionLabels.german()).build())
 *     .section(Section.THE_NUMBERS, (briefing, out) -> out.append("See the attached sheet.\n"))
 *     .build();
 * }</pre>
 *
 * @param <O> the output the renderer hands its section writers
 * @param <R> the renderer built
 */
public final class RendererBuilder<O, R> extends AbstractRendererBuilder<O, R, RendererBuilder<O, R>> {

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

  private RendererBuilder(Factory<O, R> factory) {
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

  @Override
  protected R create(RenderOptions options, SectionWalk<O> replacements) {
    return factory.create(options, replacements);
  }
}
