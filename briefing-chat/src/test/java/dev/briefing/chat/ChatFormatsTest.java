package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.core.testing.SeedBriefing;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The two formats as a user finds them: by name through ServiceLoader, rendering only. */
class ChatFormatsTest {

  @Test
  void serviceLoaderFindsSlackAndAdaptiveCard() {
    FormatRegistry formats = FormatRegistry.loadDefault();

    assertThat(formats.byName("slack")).isInstanceOf(SlackFormat.class);
    assertThat(formats.byName("adaptive-card")).isInstanceOf(AdaptiveCardFormat.class);
    assertThat(formats.byName("slack").parser()).isEmpty();
    assertThat(formats.byMediaType("application/vnd.microsoft.card.adaptive+json").name()).isEqualTo("adaptive-card");
  }

  @Test
  void theRegisteredRenderersWriteWhatTheStandardOnesDo() {
    FormatRegistry formats = FormatRegistry.loadDefault();

    assertThat(formats.renderer("slack").render(SeedBriefing.briefing()))
        .isEqualTo(SlackRenderer.standard().render(SeedBriefing.briefing())).startsWith("[{\"text\":");
    assertThat(formats.renderer("adaptive-card").render(SeedBriefing.briefing()))
        .isEqualTo(AdaptiveCardRenderer.standard().render(SeedBriefing.briefing())).startsWith("{\"type\":\"AdaptiveCard\"");
  }

  @Test
  void theSectionsOfTheOptionsAreTheSectionsWritten() {
    RenderOptions teaser = RenderOptions.builder().sections(EnumSet.of(Section.SIGNAL)).build();
    Briefing seed = SeedBriefing.briefing();

    assertThat(SlackRenderer.of(teaser).render(seed)).contains("The Signal").doesNotContain("What Happened", "The Numbers");
    assertThat(AdaptiveCardRenderer.builder().options(teaser).build().render(seed))
        .contains("The Signal").doesNotContain("What Happened", "FactSet");
  }
}
