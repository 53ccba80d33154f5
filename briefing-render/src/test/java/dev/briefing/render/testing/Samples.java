package dev.briefing.render.testing;

import dev.briefing.core.Briefing;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Briefings the renderer tests share. */
public final class Samples {

  private Samples() {}

  /** @return the seed with a title and every kind of metadata, for the golden files */
  public static Briefing seedWithDetails() {
    return SeedBriefing.briefing()
        .withTitle("Karpathy joins Anthropic")
        .withMetadata(Metadata.builder()
            .id("2026-02-karpathy")
            .published(OffsetDateTime.parse("2026-02-10T09:00:00+01:00"))
            .language(Locale.forLanguageTag("en-US"))
            .addAuthors("Desk Editor", "Second Reader")
            .addTags("ai", "talent")
            .addSources(Source.of("TechCrunch", URI.create("https://techcrunch.com/2026/02/10/karpathy/")))
            .addSources(Source.of("Company blog", URI.create("https://www.anthropic.com/news")))
            .build());
  }
}
