package dev.briefing.spring.internal;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.json.BriefingJson;
import dev.briefing.json.JsonFormat;
import dev.briefing.json.JsonLimits;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.html.HtmlFormat;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.markdown.MarkdownFormat;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextFormat;
import dev.briefing.render.text.TextRenderer;
import dev.briefing.spring.BriefingProperties;

/**
 * The formats found on the class path with the built-in ones set up from {@code briefing.*}.
 * A format of the same name from elsewhere (a third-party {@code markdown}) is left as it is:
 * these properties describe the built-in formats' options only.
 */
public final class ConfiguredFormats {

  private ConfiguredFormats() {}

  /**
   * @param found the formats found, such as {@code FormatRegistry.load(classLoader)}
   * @param properties the {@code briefing.*} properties
   * @return {@code found} with the built-in formats configured
   * @throws IllegalArgumentException naming the property, when a value cannot be used
   */
  public static FormatRegistry of(FormatRegistry found, BriefingProperties properties) {
    BriefingProperties.Render render = properties.render();
    SectionLabels labels = SectionLabels.find(render.language()).orElseThrow(() -> new IllegalArgumentException(
        "briefing.render.language is '" + render.language().toLanguageTag() + "', which has no section labels; use one of "
            + SectionLabels.builtIn().stream().map(l -> l.language().getLanguage()).toList()));
    int headingLevel = render.headingLevel();
    if (headingLevel < 1 || headingLevel > 5) {
      throw new IllegalArgumentException("briefing.render.heading-level must be 1 to 5 but was " + headingLevel);
    }
    FormatRegistry formats = found;
    RenderOptions options = RenderOptions.builder().labels(labels).headingLevel(headingLevel).build();
    if (builtIn(formats, "text", TextFormat.class)) {
      formats = formats.with(new TextFormat(TextRenderer.of(RenderOptions.builder().labels(labels).build())));
    }
    if (builtIn(formats, "markdown", MarkdownFormat.class)) {
      formats = formats.with(new MarkdownFormat(MarkdownRenderer.of(options)));
    }
    if (builtIn(formats, "html", HtmlFormat.class)) {
      formats = formats.with(new HtmlFormat(HtmlRenderer.of(options.toBuilder()
          .fragment(render.html() == BriefingProperties.HtmlOutput.FRAGMENT)
          .build())));
    }
    if (builtIn(formats, "json", JsonFormat.class)) {
      BriefingJson codec = BriefingJson.create()
          .withLimits(JsonLimits.builder().maxDocumentLength(properties.maxInputSize().toBytes()).build());
      codec = properties.json().failOnUnknownProperties() ? codec.strict() : codec.lenient();
      formats = formats.with(new CodecFormat(formats.byName("json"), codec.asRenderer(), codec.asParser()));
    }
    return formats;
  }

  private static boolean builtIn(FormatRegistry formats, String name, Class<? extends BriefingFormat> type) {
    return formats.find(name).filter(type::isInstance).isPresent();
  }
}
