package dev.briefing.web;

import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.kit.ConfigurableFormat;

/**
 * The {@code jsonld} format ({@code application/ld+json}, {@code .jsonld}): schema.org JSON-LD,
 * rendering only. Found by {@link java.util.ServiceLoader}; construct it with your own renderer
 * to register other options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new JsonLdFormat(JsonLdRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build())));
 * String jsonLd = formats.renderer("jsonld").render(briefing);
 * }</pre>
 */
public final class JsonLdFormat extends ConfigurableFormat {

  private static final FormatDescriptor DESCRIPTOR =
      FormatDescriptor.builder("jsonld", "application/ld+json").extensions(".jsonld").build();

  /** The format with {@link JsonLdRenderer#standard()}. */
  public JsonLdFormat() {
    this(JsonLdRenderer.standard());
  }

  /** @param renderer the renderer this format hands out */
  public JsonLdFormat(JsonLdRenderer renderer) {
    super(DESCRIPTOR, renderer, JsonLdRenderer::of);
  }
}
