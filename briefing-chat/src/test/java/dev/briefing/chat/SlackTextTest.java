package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.chat.testing.LargestBriefings;
import dev.briefing.chat.testing.MrkdwnReader;
import dev.briefing.chat.testing.SlackPayloads;
import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Slack shows of a briefing: every text of it, in order, however it was cut into blocks
 * and messages; no markup, mention or link from its text; links to its sources only.
 */
class SlackTextTest {

  static Stream<Arguments> briefings() {
    return Stream.of(
        Arguments.of("seed", List.of(SeedBriefing.briefing())),
        Arguments.of("generated", BriefingGenerator.validBriefings(300, 41L).toList()),
        Arguments.of("seed 1.1", List.of(SeedBriefing.editorialBriefing())),
        Arguments.of("generated 1.1", BriefingGenerator.validEditorialBriefings(300, 42L).toList()),
        Arguments.of("hostile 1.1", BriefingGenerator.hostileEditorialBriefings(200, 43L).toList()),
        Arguments.of("largest prose", List.of(LargestBriefings.prose())),
        Arguments.of("largest markup", List.of(LargestBriefings.markup())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void everyTextIsShownLiterallyAndInOrder(String name, List<Briefing> briefings) {
    for (Briefing briefing : briefings) {
      List<JsonNode> payloads = SlackPayloads.parse(SlackRenderer.standard().messages(briefing));
      // The header is plain text, never read as mrkdwn, and comes first.
      StringBuilder shown = new StringBuilder(String.join("", SlackPayloads.headers(payloads)));
      Set<String> links = new HashSet<>();
      for (String text : SlackPayloads.mrkdwnTexts(payloads)) {
        MrkdwnReader.Reading reading = MrkdwnReader.read(text);
        assertThat(reading.problems()).as("markup in %s", text).isEmpty();
        shown.append(reading.visible());
        links.addAll(reading.links());
      }
      String all = squeeze(shown.toString());
      int from = 0;
      for (String text : texts(briefing)) {
        int at = all.indexOf(squeeze(text), from);
        assertThat(at).as("%s shown after position %s", text, from).isGreaterThanOrEqualTo(0);
        from = at;
      }
      Set<String> sources = new HashSet<>();
      briefing.metadata().sources().forEach(s -> sources.add(s.url().normalize().toASCIIString()));
      assertThat(sources).containsAll(links);
    }
  }

  @Test
  void aTitleLongerThanAHeaderIsShortenedThereAndFollowsWhole() {
    String title = "word ".repeat(59) + "last";
    List<JsonNode> payloads = SlackPayloads.parse(SlackRenderer.standard().messages(SeedBriefing.briefing().withTitle(title)));

    assertThat(SlackPayloads.headers(payloads)).singleElement().asString().endsWith("…").hasSizeLessThanOrEqualTo(150);
    assertThat(SlackPayloads.mrkdwnTexts(payloads).get(0)).isEqualTo(title);
  }

  @Test
  void aBriefingTooLargeForOneMessageIsSeveralNumberedMessages() {
    List<String> messages = SlackRenderer.standard().messages(LargestBriefings.prose());
    List<JsonNode> payloads = SlackPayloads.parse(messages);

    assertThat(payloads).hasSizeGreaterThan(1);
    for (int i = 0; i < payloads.size(); i++) {
      assertThat(payloads.get(i).get("text").asText()).endsWith("(" + (i + 1) + "/" + payloads.size() + ")");
      assertThat(payloads.get(i).get("blocks").get(0).get("type").asText()).isNotEqualTo("divider");
    }
    assertThat(SlackPayloads.parse(List.of(SlackRenderer.standard().render(LargestBriefings.prose()))).get(0))
        .as("render writes the same messages as one array").hasSize(payloads.size());
  }

  @Test
  void mentionsLinksAndFormattingInUserTextStayLiteral() {
    String hostile = "<!channel> <@U123> <https://evil.example|click> *bold* _it_ ~x~ `code` &amp; a < b > c";
    Briefing briefing = SeedBriefing.briefing().withSignal(hostile).withTitle(hostile);
    List<JsonNode> payloads = SlackPayloads.parse(SlackRenderer.standard().messages(briefing));

    List<String> shown = new ArrayList<>();
    for (String text : SlackPayloads.mrkdwnTexts(payloads)) {
      MrkdwnReader.Reading reading = MrkdwnReader.read(text);
      assertThat(reading.problems()).isEmpty();
      assertThat(reading.links()).noneMatch(l -> l.contains("evil"));
      shown.add(reading.visible());
    }
    assertThat(shown).anyMatch(s -> s.contains(hostile));
    assertThat(payloads.get(0).get("text").asText()).doesNotContain("<").doesNotContain(">")
        .contains("&lt;!channel&gt;");
  }

  @Test
  void mentionsLinksAndFormattingInTheModel11PartsStayLiteral() {
    String hostile = "<!here> <@U9> <https://evil.example|go> *b* _i_ ~s~ `c` &gt; x";
    Briefing seed = SeedBriefing.editorialBriefing();
    Briefing briefing = seed
        .withAlternativeViews(AlternativeView.builder().text(hostile).likelihood(Likelihood.UNLIKELY).build())
        .withWatchItems(seed.watchItems().get(0).withSignposts(
            Signpost.builder().indicator(hostile).threshold(hostile).build()));
    List<JsonNode> payloads = SlackPayloads.parse(SlackRenderer.standard().messages(briefing));

    List<String> shown = new ArrayList<>();
    for (String text : SlackPayloads.mrkdwnTexts(payloads)) {
      MrkdwnReader.Reading reading = MrkdwnReader.read(text);
      assertThat(reading.problems()).as(text).isEmpty();
      assertThat(reading.links()).noneMatch(l -> l.contains("evil"));
      shown.add(reading.visible());
    }
    assertThat(shown).contains("Room for disagreement\n" + hostile, "Indicator: " + hostile, "Threshold: " + hostile, "Likelihood: unlikely");
  }

  @Test
  void theModel11PartsAreWordedInTheLabelsLanguage() {
    SlackRenderer german = SlackRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
    List<String> shown = SlackPayloads.mrkdwnTexts(SlackPayloads.parse(german.messages(SeedBriefing.editorialBriefing())))
        .stream().map(t -> MrkdwnReader.read(t).visible()).toList();

    assertThat(shown).contains(SectionLabels.german().likelihood() + ": likely",
        SectionLabels.german().status() + ": " + SectionLabels.german().statusWord(SignpostStatus.TRIGGERED));
    assertThat(shown).anyMatch(t -> t.contains(SectionLabels.german().alternativeViews()));
  }

  @Test
  void aSourceWithAnAddressThatIsNotHttpIsShownAsTextNotLinked() {
    Briefing briefing = SeedBriefing.briefing().withMetadata(SeedBriefing.briefing().metadata()
        .withSources(Source.of("Odd", java.net.URI.create("javascript:alert(1)"))));
    List<String> texts = SlackPayloads.mrkdwnTexts(SlackPayloads.parse(SlackRenderer.standard().messages(briefing)));

    assertThat(texts).noneMatch(t -> MrkdwnReader.read(t).links().size() > 0);
    assertThat(texts).anyMatch(t -> MrkdwnReader.read(t).visible().contains("javascript:alert(1)"));
  }

  private static List<String> texts(Briefing briefing) {
    List<String> texts = new ArrayList<>();
    briefing.title().ifPresent(texts::add);
    texts.add(briefing.signal());
    briefing.signalLikelihood().ifPresent(l -> texts.add("Likelihood: " + l.term()));
    briefing.signalConfidence().ifPresent(c -> texts.add("Confidence: " + c.term()));
    briefing.signalHorizon().ifPresent(h -> texts.add("Horizon: " + h));
    texts.add(briefing.whatHappened());
    for (Impact impact : briefing.impacts()) {
      texts.add(impact.text());
      impact.likelihood().ifPresent(l -> texts.add("Likelihood: " + l.term()));
      impact.confidence().ifPresent(c -> texts.add("Confidence: " + c.term()));
      impact.horizon().ifPresent(h -> texts.add("Horizon: " + h));
    }
    if (!briefing.alternativeViews().isEmpty()) {
      texts.add("Room for disagreement");
    }
    for (AlternativeView view : briefing.alternativeViews()) {
      texts.add(view.text());
      view.likelihood().ifPresent(l -> texts.add("Likelihood: " + l.term()));
    }
    for (Figure figure : briefing.figures()) {
      texts.add(figure.value());
      texts.add(figure.label());
      figure.source().ifPresent(texts::add);
      figure.asOf().ifPresent(texts::add);
    }
    for (WatchItem item : briefing.watchItems()) {
      texts.add(item.title());
      texts.add(item.description());
      for (Signpost signpost : item.signposts()) {
        texts.add("Indicator: " + signpost.indicator());
        signpost.threshold().ifPresent(t -> texts.add("Threshold: " + t));
        signpost.reviewBy().ifPresent(d -> texts.add("Review by: " + d));
        texts.add("Status: " + SectionLabels.english().statusWord(signpost.status()));
      }
    }
    briefing.metadata().id().ifPresent(texts::add);
    texts.addAll(briefing.metadata().authors());
    texts.addAll(briefing.metadata().tags());
    briefing.metadata().sources().forEach(s -> texts.add(s.title()));
    return texts;
  }

  /** White space is where text may be cut and where Slack trims it; what counts is the rest. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
