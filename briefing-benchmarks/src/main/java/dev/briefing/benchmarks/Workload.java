package dev.briefing.benchmarks;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The briefings every benchmark runs on: the seed (about 2.5 KB of text) and a large one with
 * 200 figures, 50 watch items and long paragraphs. Both are deterministic and valid.
 *
 * <pre>{@code
 * Briefing large = Workload.LARGE.briefing();
 * }</pre>
 */
public enum Workload {
  /** The seed briefing, as the core test fixture builds it. */
  SEED {
    @Override
    Briefing build() {
      return SeedBriefing.briefing();
    }
  },
  /** 12 impacts, 200 figures, 50 watch items, multi-paragraph prose with characters to escape. */
  LARGE {
    @Override
    Briefing build() {
      return large();
    }
  };

  // Prose from the seed plus sentences that make every escaper work: & < > " ' and typographic quotes.
  private static final String[] SENTENCES = {
    "Andrej Karpathy’s move to Anthropic’s pre-training team signals a shift in the frontier AI arms race.",
    "The role focuses on the high-stakes, capital-intensive phase of training large models.",
    "R&D budgets grew 40% while gross margins stayed < 60% at most \"frontier\" labs.",
    "Talent that can optimize existing model architectures is becoming more valuable than raw scale.",
    "Firms will either succeed through infrastructure dominance or through elite architectural optimization.",
    "Analysts at AT&T's research arm call it “the end of the scaling era” — a claim others dispute.",
    "As compute costs plateau or become constrained by energy availability, efficiency wins.",
    "Watch the ratio of tokens per joule: a 2× gain would reset every cost model in the sector.",
  };
  private static final String[] VALUES = {
    "$72.3B", "$380B", "2,300–5,000", "~40%", "1.2 GW", "€1.2 trillion", "18 months", "3.5x"
  };

  private Briefing cached;

  /** @return the workload's briefing, built once */
  public synchronized Briefing briefing() {
    if (cached == null) {
      cached = build();
    }
    return cached;
  }

  abstract Briefing build();

  private static Briefing large() {
    Briefing.Builder builder = Briefing.builder()
        .title("Compute, talent and the end of the scaling era: a long briefing")
        .signal(paragraphs(3, 5, 0))
        .whatHappened(paragraphs(8, 7, 3));
    for (int i = 0; i < 12; i++) {
      builder.addImpacts(Impact.of(1 + i / 4, paragraphs(2, 4, i)));
    }
    for (int i = 0; i < 200; i++) {
      Figure.Builder figure = Figure.builder()
          .value(VALUES[i % VALUES.length])
          .label("Measure " + (i + 1) + ": capital & compute committed by lab <" + (i % 7) + ">");
      if (i % 2 == 0) {
        figure.source("Industry \"tracker\" no. " + (i % 13));
      }
      if (i % 3 == 0) {
        figure.asOf(String.valueOf(2000 + i % 27));
      }
      builder.addFigures(figure.build());
    }
    for (int i = 0; i < 50; i++) {
      builder.addWatchItems(WatchItem.of("Signpost " + (i + 1) + ": R&D <-> revenue", paragraphs(1, 3, i)));
    }
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sources.add(Source.of("Report " + i, URI.create("https://example.com/reports/" + i + "?q=a&b=c")));
    }
    builder.metadata(Metadata.builder()
        .id("large-0001")
        .published(OffsetDateTime.of(2026, 2, 14, 9, 30, 0, 0, ZoneOffset.ofHours(1)))
        .language(Locale.forLanguageTag("en-GB"))
        .addAuthors("A. Analyst", "B. Editor")
        .addTags("ai", "compute", "talent")
        .addAllSources(sources)
        .build());
    return builder.build();
  }

  /** {@code count} paragraphs of {@code sentences} sentences each, starting at sentence {@code from}. */
  private static String paragraphs(int count, int sentences, int from) {
    StringBuilder out = new StringBuilder();
    int next = from;
    for (int p = 0; p < count; p++) {
      if (p > 0) {
        out.append("\n\n");
      }
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          out.append(' ');
        }
        out.append(SENTENCES[next++ % SENTENCES.length]);
      }
    }
    return out.toString();
  }

  /**
   * @param name {@code seed} or {@code large}, as JMH passes a {@code @Param}
   * @return that workload
   */
  public static Workload named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
