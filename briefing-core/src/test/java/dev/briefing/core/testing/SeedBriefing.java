package dev.briefing.core.testing;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Confidence;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import dev.briefing.core.WatchItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The seed briefing ({@code fixtures/signal-karpathy-anthropic.txt}) built in code, exactly as
 * DESIGN.md maps it, with its damaged characters repaired. Shared with other modules' tests
 * through this module's test-jar.
 */
public final class SeedBriefing {

  /** Classpath resource of the seed exactly as it arrived, damaged characters included. */
  public static final String RAW_RESOURCE = "/fixtures/signal-karpathy-anthropic.txt";

  private SeedBriefing() {}

  /** @return the seed briefing */
  public static Briefing briefing() {
    return Briefing.builder()
        .signal("Andrej Karpathy’s move to Anthropic’s pre-training team signals a shift in the "
            + "frontier AI arms race from raw model size to structural optimization and fundamental "
            + "architecture. By recruiting one of the industry’s most influential builders, Anthropic "
            + "is explicitly prioritizing compute efficiency and architectural breakthroughs over "
            + "scaling laws alone.")
        .whatHappened("Andrej Karpathy, a founding member of OpenAI and former Tesla Director of AI, "
            + "has joined Anthropic’s pre-training team. The role focuses on the high-stakes, "
            + "capital-intensive phase of training large models, which governs the core capabilities "
            + "of the Claude family. Karpathy’s transition comes as Anthropic faces mounting pressure "
            + "to deliver superior performance while managing the spiraling energy and compute costs "
            + "associated with frontier model development.")
        .addImpacts(Impact.of(1, "Anthropic gains a high-signal operator known for both technical "
            + "depth and educational outreach, directly bolstering its ability to refine Claude at the "
            + "foundational level."))
        .addImpacts(Impact.of(2, "This move forces OpenAI and Google to re-evaluate their internal "
            + "talent retention strategies. As compute costs plateau or become constrained by energy "
            + "availability, talent that can optimize existing model architectures is becoming more "
            + "valuable than talent focused on massive scale alone."))
        .addImpacts(Impact.of(3, "We expect a bifurcation in the AI industry over the next 18 "
            + "months: firms will either succeed through massive infrastructure dominance or through "
            + "elite architectural optimization. Talent will increasingly flow toward firms that offer "
            + "the highest compute-per-dollar efficiency rather than those with the most capital."))
        .addFigures(Figure.builder()
            .value("$72.3B")
            .label("Total capital raised by Anthropic to date")
            .source("various sources")
            .build())
        .addFigures(Figure.builder()
            .value("$380B")
            .label("Anthropic’s valuation as of February 2026")
            .source("TechCrunch/Industry Reports")
            .build())
        .addFigures(Figure.builder()
            .value("2,300–5,000")
            .label("Estimated employee count at Anthropic")
            .asOf("2026")
            .build())
        .addWatchItems(WatchItem.of("Architectural Shift", "Monitor for announcements regarding "
            + "breakthroughs in inference efficiency or token-to-compute ratios from Anthropic, a "
            + "direct output of Karpathy’s focus."))
        .addWatchItems(WatchItem.of("Talent Consolidation", "Look for counter-moves from OpenAI to "
            + "lock in core engineering talent through equity restructuring or increased autonomy "
            + "incentives."))
        .addWatchItems(WatchItem.of("Compute Throttling", "Watch for signs that Anthropic is "
            + "prioritizing “smaller, smarter” models that require less energy for pre-training "
            + "compared to competitors."))
        .build();
  }

  /**
   * @return the seed as a 1.1 edition: its judgments calibrated (The Signal likely with moderate
   *     confidence over 18 months, each impact with a likelihood), one alternative view, and
   *     signposts on two watch items
   */
  public static Briefing editorialBriefing() {
    Briefing seed = briefing();
    List<Impact> impacts = seed.impacts();
    List<WatchItem> items = seed.watchItems();
    return seed
        .withSignalLikelihood(Likelihood.LIKELY)
        .withSignalConfidence(Confidence.MODERATE)
        .withSignalHorizon(Period.ofMonths(18))
        .withImpacts(
            impacts.get(0).withLikelihood(Likelihood.ALMOST_CERTAIN).withConfidence(Confidence.HIGH),
            impacts.get(1).withLikelihood(Likelihood.LIKELY).withConfidence(Confidence.MODERATE),
            impacts.get(2).withLikelihood(Likelihood.ROUGHLY_EVEN_CHANCE).withConfidence(Confidence.LOW)
                .withHorizon(Period.ofMonths(18)))
        .withAlternativeViews(AlternativeView.of("Scale still wins: the largest training runs keep "
            + "setting the frontier, and capital buys back whatever talent it loses.")
            .withLikelihood(Likelihood.UNLIKELY))
        .withWatchItems(
            items.get(0).withSignposts(Signpost.builder()
                .indicator("Anthropic publishes an inference-efficiency result")
                .threshold("at least 2x tokens per joule")
                .reviewBy(LocalDate.of(2026, 8, 31))
                .build()),
            items.get(1).withSignposts(Signpost.builder()
                .indicator("OpenAI announces retention grants for core engineers")
                .reviewBy(LocalDate.of(2026, 5, 31))
                .status(SignpostStatus.TRIGGERED)
                .build()),
            items.get(2));
  }

  /** @return the seed text exactly as it arrived, damaged characters included */
  public static String rawText() {
    try (InputStream in = SeedBriefing.class.getResourceAsStream(RAW_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RAW_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the seed text with its damaged characters repaired and nothing else changed */
  public static String repairedText() {
    return rawText().replace("2,300\u0E425,000", "2,300–5,000").replace("\u0E42", "’");
  }
}
