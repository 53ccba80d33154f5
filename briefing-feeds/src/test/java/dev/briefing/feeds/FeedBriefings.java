package dev.briefing.feeds;

import dev.briefing.core.Briefing;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The batches the feed tests write: the seed, one with every detail, generated briefings, in 1.0 and 1.1. */
final class FeedBriefings {
  static final OffsetDateTime UPDATED = OffsetDateTime.of(2026, 3, 2, 12, 0, 0, 0, ZoneOffset.UTC);

  static final FeedOptions OPTIONS = FeedOptions.builder()
      .title("Weekly briefings")
      .homePage(URI.create("https://news.example/"))
      .feedUrl(URI.create("https://news.example/feed"))
      .author("Newsroom")
      .updated(UPDATED)
      .build();

  private FeedBriefings() {}

  static Briefing everyDetail() {
    return Briefing.builder()
        .title("Talent, not scale")
        .signal("Talent is the new frontier & <rivals> know it.")
        .whatHappened("A researcher moved.")
        .addImpacts(Impact.of(1, "The lab gains an operator."))
        .metadata(Metadata.builder()
            .id("signal-2026-03-01")
            .published(OffsetDateTime.parse("2026-03-01T09:30:00+01:00"))
            .language(Locale.forLanguageTag("en-GB"))
            .addAuthors("A. Writer", "B. Editor")
            .addTags("AI", "talent")
            .addSources(Source.of("TechCrunch", URI.create("https://techcrunch.com/")))
            .build())
        .build();
  }

  /**
   * @return the seed, one with every detail, generated briefings, then the seed's 1.1 edition and
   *     generated briefings with the model 1.1 parts, whose entries' content is the HTML
   *     fragment and so shows those parts as the html format does
   */
  static List<Briefing> batch() {
    return Stream.of(Stream.of(SeedBriefing.briefing(), everyDetail()), BriefingGenerator.validBriefings(40, 4287),
        Stream.of(SeedBriefing.editorialBriefing()), BriefingGenerator.validEditorialBriefings(40, 4288))
        .flatMap(s -> s).toList();
  }
}
