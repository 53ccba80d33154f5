package dev.briefing.spring.internal;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.json.BriefingJson;
import dev.briefing.json.JsonFormat;
import dev.briefing.json.JsonLimits;
import dev.briefing.kit.ConfigurableFormat;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.spring.BriefingProperties;

/**
 * The formats found on the class path set up from {@code briefing.*}: every format on the kit
 * ({@link ConfigurableFormat}: text, Markdown, HTML, the chat formats, and any of your own) renders
 * with the {@code briefing.render.*} options, each using what applies to it, and the built-in
 * {@code json} reads and writes with the {@code briefing.json.*} settings and the input limit.
 * Any other format is left as it is.
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
    RenderOptions options = RenderOptions.builder().labels(labels).headingLevel(headingLevel)
        .fragment(render.html() == BriefingProperties.HtmlOutput.FRAGMENT)
        .build();
    FormatRegistry formats = found;
    for (BriefingFormat format : found.formats()) {
      if (format instanceof ConfigurableFormat configurable) {
        formats = formats.with(configurable.rendering(options));
      }
    }
    if (formats.find("json").filter(JsonFormat.class::isInstance).isPresent()) {
      BriefingJson codec = BriefingJson.create()
          .withLimits(JsonLimits.builder().maxDocumentLength(properties.maxInputSize().toBytes()).build());
      formats = formats.with(new JsonFormat(properties.json().failOnUnknownProperties() ? codec.strict() : codec.lenient()));
    }
    return formats;
  }
}
