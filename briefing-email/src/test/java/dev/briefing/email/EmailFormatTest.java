package dev.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import org.junit.jupiter.api.Test;

/** The format as a user finds it: by name and file name through ServiceLoader, rendering only. */
class EmailFormatTest {

  @Test
  void serviceLoaderFindsTheEmailFormat() {
    FormatRegistry formats = FormatRegistry.loadDefault();

    assertThat(formats.byName("email")).isInstanceOf(EmailFormat.class);
    assertThat(formats.byName("email").mediaType()).isEqualTo("text/html");
    assertThat(formats.byName("email").parser()).isEmpty();
    assertThat(formats.forFileName("weekly.email.html").name()).isEqualTo("email");
    assertThat(formats.forFileName("weekly.html").name()).isEqualTo("html");
  }

  @Test
  void theRegisteredRendererWritesWhatTheStandardOneDoes() {
    assertThat(FormatRegistry.loadDefault().renderer("email").render(SeedBriefing.briefing()))
        .isEqualTo(EmailRenderer.standard().render(SeedBriefing.briefing())).startsWith("<!DOCTYPE html>");
  }

  @Test
  void anInputIsNeverTakenForAnEmail() {
    String email = EmailRenderer.standard().render(SeedBriefing.briefing());

    assertThat(FormatRegistry.loadDefault().sniff(email).map(BriefingFormat::name)).contains("html");
  }
}
