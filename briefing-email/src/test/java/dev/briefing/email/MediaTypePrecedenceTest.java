package dev.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.FormatRegistry;
import org.junit.jupiter.api.Test;

/**
 * With this module and briefing-render both present, two formats write {@code text/html}: a
 * lookup by media type (Spring's content negotiation uses one) must answer with the page, never
 * with an email, although {@code email} comes first by name.
 */
class MediaTypePrecedenceTest {

  @Test
  void textHtmlIsTheHtmlPageWhenTheEmailFormatIsPresent() {
    FormatRegistry formats = FormatRegistry.loadDefault();

    assertThat(formats.names()).contains("email", "html");
    assertThat(formats.byMediaType("text/html").name()).isEqualTo("html");
    assertThat(formats.byMediaType("text/html;charset=UTF-8").name()).isEqualTo("html");
    assertThat(formats.byName("email").mediaType()).isEqualTo("text/html");
  }
}
