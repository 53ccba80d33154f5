package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.SeedBriefing;
import java.io.IOException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SectionWalkTest {

  /** A walk that writes each section's name, so the order and the choice show. */
  private static SectionWalk<StringBuilder> naming() {
    SectionWalk<StringBuilder> walk = SectionWalk.empty();
    for (Section section : Section.values()) {
      walk = walk.with(section, (b, out) -> out.append(section).append(' '));
    }
    return walk;
  }

  private static String walk(SectionWalk<StringBuilder> walk, Briefing briefing, java.util.Set<Section> sections)
      throws IOException {
    StringBuilder out = new StringBuilder();
    walk.write(briefing, sections, out);
    return out.toString().strip();
  }

  @Test
  void writesEverySectionInItsFixedOrderWhateverOrderTheWritersCameIn() throws IOException {
    SectionWalk<StringBuilder> backwards = SectionWalk.empty();
    Section[] all = Section.values();
    for (int i = all.length - 1; i >= 0; i--) {
      Section section = all[i];
      backwards = backwards.with(section, (b, out) -> out.append(section).append(' '));
    }
    Briefing full = SeedBriefing.briefing().withTitle("T")
        .withMetadata(Metadata.builder().id("x").build());
    assertThat(walk(backwards, full, Section.all()))
        .isEqualTo("TITLE SIGNAL WHAT_HAPPENED WHY_IT_MATTERS THE_NUMBERS WHAT_TO_WATCH DETAILS");
  }

  @Test
  void leavesOutWhatTheOptionsLeaveOutAndWhatTheBriefingLacks() throws IOException {
    Briefing bare = Briefing.builder().signal("S.").whatHappened("W.").build();
    assertThat(walk(naming(), bare, Section.all())).isEqualTo("SIGNAL WHAT_HAPPENED");
    assertThat(walk(naming(), SeedBriefing.briefing(), EnumSet.of(Section.THE_NUMBERS, Section.TITLE)))
        .isEqualTo("THE_NUMBERS");
  }

  @Test
  void aSectionWithoutAWriterIsNotWritten() throws IOException {
    SectionWalk<StringBuilder> signalOnly = SectionWalk.<StringBuilder>empty()
        .with(Section.SIGNAL, (b, out) -> out.append(b.signal()));
    assertThat(walk(signalOnly, Briefing.builder().signal("S.").whatHappened("W.").build(), Section.all()))
        .isEqualTo("S.");
    assertThat(signalOnly.writes(Section.SIGNAL)).isTrue();
    assertThat(signalOnly.writes(Section.WHAT_HAPPENED)).isFalse();
  }

  @Test
  void withAndOverriddenByReplaceOneSectionAndLeaveTheWalkTheyCameFromAlone() throws IOException {
    SectionWalk<StringBuilder> original = naming();
    SectionWalk<StringBuilder> replaced = original.overriddenBy(SectionWalk.<StringBuilder>empty()
        .with(Section.WHAT_HAPPENED, (b, out) -> out.append("(narrative) ")));
    Briefing bare = Briefing.builder().signal("S.").whatHappened("W.").build();
    assertThat(walk(replaced, bare, Section.all())).isEqualTo("SIGNAL (narrative)");
    assertThat(walk(original, bare, Section.all())).isEqualTo("SIGNAL WHAT_HAPPENED");
  }

  @Test
  void aSectionIsPresentExactlyWhenTheBriefingHasSomethingForIt() {
    Briefing bare = Briefing.builder().signal("S.").whatHappened("W.").build();
    assertThat(EnumSet.allOf(Section.class).stream().filter(s -> s.isPresentIn(bare)))
        .containsExactly(Section.SIGNAL, Section.WHAT_HAPPENED);
    Briefing full = bare.withTitle("T").withImpacts(Impact.of(1, "I.")).withFigures(Figure.of("1", "one"))
        .withWatchItems(WatchItem.of("A", "B.")).withMetadata(Metadata.builder().addTags("t").build());
    assertThat(EnumSet.allOf(Section.class).stream().filter(s -> s.isPresentIn(full))).containsExactly(Section.values());
  }
}
