package dev.briefing.chat.testing;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Valid briefings at the model's limits: every list as long and every text as long as
 * validation allows (a 20,000-character narrative, 100 impacts of 5,000, 1,000 figures, 200
 * watch items and 200 sources). {@link #prose()} is written in sentences; {@link #markup()}
 * fills the same places with the characters the chat formats escape, so its escaped text is
 * as long as it gets.
 *
 * <pre>{@code
 * Briefing largest = LargestBriefings.prose();
 * }</pre>
 */
public final class LargestBriefings {

  private static final String SENTENCES = "Compute costs plateau while talent moves between labs. "
      + "R&D budgets grew 40% at the largest firms, and margins stayed under 60%. "
      + "Watch the ratio of tokens per joule, which resets every cost model in the sector. ";
  private static final String MARKUP = "*bold* _it_ ~x~ `c` <!channel> <@U1> &amp; > [a](http://x.y) {{DATE(x)}} ";

  private LargestBriefings() {}

  /** @return the largest briefing, in plain sentences */
  public static Briefing prose() {
    return build(SENTENCES);
  }

  /** @return the largest briefing, in characters that need escaping */
  public static Briefing markup() {
    return build(MARKUP);
  }

  private static Briefing build(String pattern) {
    Briefing.Builder builder = Briefing.builder()
        .title(text(pattern, 300))
        .signal(text(pattern, 5_000))
        .whatHappened(paragraphs(pattern, 20_000));
    for (int i = 0; i < 100; i++) {
      builder.addImpacts(Impact.of(1 + i / 10, paragraphs(pattern, 5_000)));
    }
    for (int i = 0; i < 1_000; i++) {
      builder.addFigures(Figure.builder().value(text(pattern, 100)).label(text(pattern, 500))
          .source(text(pattern, 500)).asOf(text(pattern, 100)).build());
    }
    for (int i = 0; i < 200; i++) {
      builder.addWatchItems(WatchItem.of(text(pattern, 200), paragraphs(pattern, 5_000)));
    }
    Metadata.Builder metadata = Metadata.builder().id(text(pattern, 200))
        .published(OffsetDateTime.parse("2026-02-10T09:00:00+01:00")).language(Locale.forLanguageTag("en-US"));
    for (int i = 0; i < 50; i++) {
      metadata.addAuthors(text(pattern, 200)).addTags(text(pattern, 100));
    }
    for (int i = 0; i < 200; i++) {
      metadata.addSources(Source.of(text(pattern, 500), URI.create("https://example.com/" + "a".repeat(1_900) + "?i=" + i + "&x=1")));
    }
    Briefing briefing = builder.metadata(metadata.build()).build();
    BriefingValidator.standard().requireValid(briefing);
    return briefing;
  }

  /** One line of exactly {@code length} characters, without white space at either end. */
  private static String text(String pattern, int length) {
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      out.append(pattern);
    }
    out.setLength(length);
    String line = out.toString().strip();
    return line + "x".repeat(length - line.length());
  }

  /** Paragraphs of about 900 characters, a blank line apart, {@code length} in all. */
  private static String paragraphs(String pattern, int length) {
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length - 902) {
      out.append(text(pattern, 900)).append("\n\n");
    }
    out.append(text(pattern, length - out.length()));
    return out.toString();
  }
}
