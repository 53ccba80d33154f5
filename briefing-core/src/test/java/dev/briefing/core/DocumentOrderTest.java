package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Violations come back in the order a reader meets the parts, not sorted by path name. */
class DocumentOrderTest {

  @Test
  void violationsFollowTheBriefingFromTitleToSources() {
    Briefing everythingBroken = SeedBriefing.briefing()
        .withTitle(" ")
        .withSignal("")
        .withWhatHappened("\u0007")
        .withImpacts(Impact.of(2, "a"), Impact.of(11, " "), Impact.of(1, "b"))
        .withFigures(Figure.of(" ", "\n").withAsOf(" ")) // a label of one line feed: blank, and two lines
        .withWatchItems(WatchItem.of("t", "d"), WatchItem.of("", " "))
        .withMetadata(Metadata.builder().id(" ").addAuthors("a", "").addTags(" ")
            .addSources(Source.of(" ", URI.create("ftp://x.example/"))).build());

    assertThat(BriefingValidator.standard().validate(everythingBroken)).extracting(Violation::path).containsExactly(
        "title", "signal", "whatHappened",
        "impacts[1].order", "impacts[1].text", "impacts[2].order",
        "figures[0].value", "figures[0].label", "figures[0].label", "figures[0].asOf",
        "watchItems[1].title", "watchItems[1].description",
        "metadata.id", "metadata.authors[1]", "metadata.tags[0]", "metadata.sources[0].title", "metadata.sources[0].url");
  }

  @Test
  void elementsComeByIndexNotByTheCharactersOfTheIndex() {
    Briefing briefing = SeedBriefing.briefing().withImpacts(Collections.nCopies(12, Impact.of(1, " ")));

    assertThat(BriefingValidator.standard().validate(briefing)).extracting(Violation::path).containsExactly(
        "impacts[0].text", "impacts[1].text", "impacts[2].text", "impacts[3].text", "impacts[4].text", "impacts[5].text",
        "impacts[6].text", "impacts[7].text", "impacts[8].text", "impacts[9].text", "impacts[10].text", "impacts[11].text");
  }

  @Test
  void aListComesBeforeItsElements() {
    Briefing briefing = SeedBriefing.briefing().withImpacts(Collections.nCopies(101, Impact.of(0, "x")));

    assertThat(BriefingValidator.standard().validate(briefing)).extracting(Violation::path)
        .startsWith("impacts", "impacts[0].order", "impacts[1].order");
  }
}
