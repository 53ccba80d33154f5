package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShorteningTest {

  private static final Briefing BRIEFING = Briefing.builder().signal("A signal.").whatHappened("It happened.").build();

  @Test
  void aNoteAloneLinksNowhereUnderTheDefaultTitle() {
    Shortening shortening = Shortening.of("Shortened.");

    assertThat(shortening.note()).isEqualTo("Shortened.");
    assertThat(shortening.linkTitle()).isEqualTo("Read the full briefing");
    assertThat(shortening.link(BRIEFING)).isEmpty();
  }

  @Test
  void eachCopyChangesOnePartAndLeavesTheOriginalAsItWas() {
    Shortening original = Shortening.of("Shortened.");
    Shortening linked = original.withLink(b -> Optional.of(URI.create("https://news.example/" + b.signal().length())))
        .withLinkTitle("All of it").withNote("Cut.");

    assertThat(linked.link(BRIEFING)).contains(URI.create("https://news.example/9"));
    assertThat(linked.linkTitle()).isEqualTo("All of it");
    assertThat(linked.note()).isEqualTo("Cut.");
    assertThat(original.link(BRIEFING)).isEmpty();
    assertThat(original.note()).isEqualTo("Shortened.");
  }

  @Test
  void nothingIsNull() {
    assertThatThrownBy(() -> Shortening.of(null)).isInstanceOf(NullPointerException.class).hasMessage("note");
    assertThatThrownBy(() -> Shortening.of("x").withLinkTitle(null)).hasMessage("linkTitle");
    assertThatThrownBy(() -> Shortening.of("x").withLink(b -> null).link(BRIEFING))
        .hasMessage("the link function returned null");
  }
}
