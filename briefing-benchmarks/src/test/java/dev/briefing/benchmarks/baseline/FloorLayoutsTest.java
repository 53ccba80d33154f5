package dev.briefing.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.benchmarks.OurFormats;
import dev.briefing.benchmarks.Workload;
import dev.briefing.core.testing.SeedBriefing;
import org.junit.jupiter.api.Test;

class FloorLayoutsTest {

  @Test
  void theTextFloorWritesTheSeedFileExactlyAsTheTextLayoutDoes() {
    assertThat(UnescapedText.render(SeedBriefing.briefing())).isEqualTo(SeedBriefing.repairedText());
  }

  @Test
  void theMarkdownFloorWritesTheAgreedLayoutForTheSeed() {
    String markdown = UnescapedMarkdown.render(SeedBriefing.briefing());

    assertThat(markdown).startsWith("## The Signal\n\nAndrej Karpathy’s move")
        .contains("\n\n## Why It Matters\n\n- **First-order:** Anthropic gains")
        .contains("- **$72.3B**: Total capital raised by Anthropic to date (*various sources*)\n")
        .contains("- **2,300–5,000**: Estimated employee count at Anthropic (as of *2026*)\n")
        .contains("\n\n## What To Watch\n\n- **Architectural Shift**: Monitor")
        .endsWith("compared to competitors.\n");
  }

  @Test
  void theTextFloorIsOurLargeTextWithoutItsEscapes() {
    String ours = OurFormats.renderer("text").render(Workload.LARGE.briefing());

    assertThat(ours).contains("\nDetails\nID: large-0001\n").contains("\\Signpost 1\\: ");
    // The large workload holds no backslash of its own: every one in our text is an escape.
    assertThat(UnescapedText.render(Workload.LARGE.briefing())).isEqualTo(ours.replace("\\", ""));
  }

  @Test
  void theMarkdownFloorIsOurLargeMarkdownWithoutItsEscapes() {
    String ours = OurFormats.renderer("markdown").render(Workload.LARGE.briefing());

    // "&", "<" and ">" in prose are left bare where they start no markup; "~" is still escaped.
    assertThat(ours).contains("\n## Details\n\n- **ID:** large-0001\n").contains("R&D <-> revenue")
        .contains("lab <3>").contains("- **\\~40%**");
    assertThat(UnescapedMarkdown.render(Workload.LARGE.briefing()))
        .isEqualTo(ours.replaceAll("\\\\(\\p{Punct})", "$1"));
  }

  @Test
  void commonmarkTurnsTheMarkdownIntoHtmlSections() {
    String html = new CommonmarkPage().render(UnescapedMarkdown.render(Workload.LARGE.briefing()));

    assertThat(html).startsWith("<h1>Compute, talent and the end of the scaling era: a long briefing</h1>")
        .contains("<h2>The Numbers</h2>", "<strong>First-order:</strong>");
    assertThat(html.split("<li>", -1)).hasSize(1 + 12 + 200 + 50 + 13); // 13 details: id, time, language, 2 authors, 3 tags, 5 sources
  }

  @Test
  void paragraphsSplitAtBlankLinesOnly() {
    assertThat(PageText.paragraphs("One.\n\nTwo\nlines.\n\nThree.")).containsExactly("One.", "Two\nlines.", "Three.");
    assertThat(PageText.paragraphs("Only.")).containsExactly("Only.");
  }

  @Test
  void orderWordsRunFromFirstToTenth() {
    assertThat(PageText.orderWord(1)).isEqualTo("First-order");
    assertThat(PageText.orderWord(10)).isEqualTo("Tenth-order");
  }
}
