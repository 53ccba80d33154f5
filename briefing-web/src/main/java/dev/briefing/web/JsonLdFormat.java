package dev.briefing.web;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
public final class JsonLdFormat implements BriefingFormat {
  private final JsonLdRenderer renderer;

  /** The format with {@link JsonLdRenderer#standard()}. */
  public JsonLdFormat() {
    this(JsonLdRenderer.standard());
  }

  /** @param renderer the renderer this format hands out */
  public JsonLdFormat(JsonLdRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String name() {
    return "jsonld";
  }

  @Override
  public String mediaType() {
    return "application/ld+json";
  }

  @Override
  public List<String> extensions() {
    return List.of(".jsonld");
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(renderer);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "JsonLdFormat[application/ld+json]";
  }
}
