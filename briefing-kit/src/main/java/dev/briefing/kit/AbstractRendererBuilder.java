package dev.briefing.kit;

import java.util.Objects;

/**
 * What every renderer builder on the kit takes: the {@link RenderOptions}, and the sections whose
 * writer replaces the renderer's own. {@link RendererBuilder} is the builder of a renderer with
 * nothing else to set; a renderer with settings of its own (a card's size limit, a page's
 * JSON-LD) extends this class, naming itself as {@code B}, so that {@link #options} and {@link
 * #section} return the extending builder and its own setters chain after them, with nothing to
 * override.
 *
 * <pre>{@code
 * public static final class Builder extends AbstractRendererBuilder<Appendable, HouseRenderer, Builder> {
 *   private boolean footer = true;
 *
 *   public Builder footer(boolean footer) {
 *     this.footer = footer;
 *     return this;
 *   }
 *
 *   protected HouseRenderer create(RenderOptions options, SectionWalk<Appendable> replacements) {
 *     return new HouseRenderer(options, replacements, footer);
 *   }
 * }
 *
 * HouseRenderer house = new Builder().options(RenderOptions.standard()).footer(false).build();
 * }</pre>
 *
 * @param <O> the output the renderer hands its section writers
 * @param <R> the renderer built
 * @param <B> the extending builder itself
 */
public abstract class AbstractRendererBuilder<O, R, B extends AbstractRendererBuilder<O, R, B>> {

  private RenderOptions options = RenderOptions.standard();
  private SectionWalk<O> replacements = SectionWalk.empty();

  /** A builder starting from {@link RenderOptions#standard()} and no replacements. */
  protected AbstractRendererBuilder() {}

  /**
   * @param options the options; {@link RenderOptions#standard()} by default
   * @return this builder
   */
  public final B options(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return self();
  }

  /**
   * @param section the section to write differently
   * @param writer how to write it, instead of the renderer's own writer
   * @return this builder
   */
  public final B section(Section section, SectionWriter<? super O> writer) {
    this.replacements = replacements.with(section, writer);
    return self();
  }

  /** @return the renderer, from the options and replacements set so far and the builder's own settings */
  public final R build() {
    return create(options, replacements);
  }

  /**
   * Makes the renderer; called by {@link #build()}, once per call.
   *
   * @param options the options
   * @param replacements the writers to use instead of the renderer's own, where it has one
   * @return the renderer
   */
  protected abstract R create(RenderOptions options, SectionWalk<O> replacements);

  // B is this class's own type by the declaration's contract (`Builder extends
  // AbstractRendererBuilder<..., Builder>`), as in every self-typed builder.
  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
