package dev.briefing.render.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class InlineRunGuardTest {

  private static final int MAX = InlineRunGuard.MAX_RUN;

  @Test
  void refusesOneLongHostileParagraphBeforeParsingIt() {
    String markdown = "## The Signal\n\n" + "*a_".repeat(MAX / 3 + 10);
    assertThatThrownBy(() -> MarkdownParser.standard().parse(markdown))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> assertThat(e.location().line()).hasValue(3))
        .hasMessageContaining("longer than any briefing field written as Markdown");
  }

  @Test
  void countsContinuationLinesAndBlockQuoteLinesIntoTheSameParagraph() {
    String line = "*a_".repeat(1_000) + "\n";
    String markdown = "## The Signal\n\n" + ("> " + line).repeat(MAX / line.length() + 2);
    assertThatThrownBy(() -> MarkdownParser.standard().parse(markdown)).isInstanceOf(BriefingFormatException.class);
    String numberedTwo = "## The Signal\n\nx\n" + ("2. " + line).repeat(MAX / line.length() + 2);
    assertThatThrownBy(() -> MarkdownParser.standard().parse(numberedTwo)).isInstanceOf(BriefingFormatException.class);
  }

  @Test
  void restartsAtEveryBulletSoLongListsOfShortItemsPass() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < MAX / 10; i++) {
      lines.append("- item\n");
    }
    InlineRunGuard.check(lines.toString().lines().toList());
  }

  @Test
  void theLongestValidFieldFullyEscapedStaysBelowTheLimit() {
    String worst = "\u00C2".repeat(20_000); // written as a character reference each
    Briefing briefing = SeedBriefing.briefing().withWhatHappened(worst);
    String markdown = MarkdownRenderer.standard().render(briefing);
    assertThat(MarkdownParser.standard().parse(markdown).whatHappened()).isEqualTo(worst);
  }
}
