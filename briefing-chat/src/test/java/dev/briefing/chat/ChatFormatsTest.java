package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
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
}
