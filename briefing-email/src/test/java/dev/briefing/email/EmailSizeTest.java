package dev.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.chat.testing.LargestBriefings;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.email.testing.EmailPages;
import dev.briefing.kit.Shortening;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gmail clips a message past 102 KB: the email measures its HTML in UTF-8 bytes and, over its
 * limit, keeps the title, The Signal and then its rows in order while they fit, ends with a
 * note and an optional link to the whole briefing, and warns the caller.
 */
class EmailSizeTest {

  private static final Briefing SEED = SeedBriefing.briefing();
  private static final Optional<URI> FULL = Optional.of(URI.create("https://news.example/briefings/largest"));

  static Stream<Briefing> largest() {
    return Stream.of(LargestBriefings.prose(), LargestBriefings.markup());
  }

  @Test
  void theSeedFitsWholeWithoutAWarning() {
    Email email = EmailRenderer.standard().email(SEED);

    assertThat(email.shortened()).isFalse();
    assertThat(email.warnings()).isEmpty();
    assertThat(email.htmlBytes()).isEqualTo(email.html().getBytes(StandardCharsets.UTF_8).length)
        .isLessThan(EmailRenderer.DEFAULT_MAX_BYTES);
    assertThat(email.html()).doesNotContain("shortened to fit");
  }

  @ParameterizedTest
  @MethodSource("largest")
  void theLargestBriefingIsShortenedUnderTheLimitWithANoteALinkAndAWarning(Briefing largest) {
    Email email = EmailRenderer.builder().fullBriefing(b -> FULL).build().email(largest);
    Document document = EmailPages.parse(email.html()).document();

    assertThat(email.shortened()).isTrue();
    assertThat(email.htmlBytes()).isLessThanOrEqualTo(EmailRenderer.DEFAULT_MAX_BYTES)
        .isGreaterThan(EmailRenderer.DEFAULT_MAX_BYTES * 9 / 10);
    assertThat(EmailPages.parse(email.html()).errors()).isEmpty();
    assertThat(document.select("a[href]").last().attr("href")).isEqualTo(FULL.get().toString());
    assertThat(document.select("a[href]").last().text()).isEqualTo("Read the full briefing");
    assertThat(document.text()).contains("This briefing is shortened to fit an email.");
    assertThat(email.warnings()).singleElement().asString()
        .contains("over its limit of 100,000", "shortened to " + String.format(java.util.Locale.ROOT, "%,d", email.htmlBytes()))
        .contains("1,000 of 1,000 parts of The Numbers", "200 of 200 parts of What To Watch", "of Details");
    assertThat(email.text()).isEqualTo(dev.briefing.render.text.TextRenderer.standard().render(largest));
  }

  @Test
  void whatIsKeptIsTheStartOfTheWholeEmailInItsOrder() {
    Briefing largest = LargestBriefings.prose();
    EmailRenderer unlimited = EmailRenderer.builder().maxBytes(Integer.MAX_VALUE).build();
    String whole = unlimited.render(largest);
    String shortened = EmailRenderer.standard().render(largest);

    String rows = shortened.substring(0, shortened.lastIndexOf("<tr>\n<td style=\"padding:0 32px"));
    assertThat(whole).startsWith(rows);
    assertThat(Utf8Bytes.of(whole)).isGreaterThan(1_000_000);
  }

  @Test
  void withoutAnAddressOrWithAnUnsafeOneTheNoteHasNoLink() {
    Email none = EmailRenderer.standard().email(LargestBriefings.prose());
    Email unsafe = EmailRenderer.builder().fullBriefing(b -> Optional.of(URI.create("javascript:alert(1)")))
        .build().email(LargestBriefings.prose());

    for (Email email : new Email[] {none, unsafe}) {
      Document document = EmailPages.parse(email.html()).document();
      assertThat(document.select("a").eachText()).doesNotContain("Read the full briefing");
      assertThat(document.text()).contains("This briefing is shortened to fit an email.");
    }
  }

  @Test
  void theLimitIsConfigurableAndTheSeedIsShortenedUnderASmallOne() {
    Email email = EmailRenderer.builder().maxBytes(6_000).shortenedNote("Cut <short>.")
        .fullBriefingTitle("All of it").fullBriefing(b -> FULL).build().email(SEED);
    Document document = EmailPages.parse(email.html()).document();

    assertThat(email.shortened()).isTrue();
    assertThat(email.htmlBytes()).isLessThanOrEqualTo(6_000);
    assertThat(document.text()).contains(SEED.signal().split("\n\n")[0], "Cut <short>.", "All of it");
    assertThat(email.warnings()).singleElement().asString().contains("over its limit of 6,000");
  }

  @Test
  void oneShorteningFromTheKitSaysWhatTheThreeSettersSay() {
    Email bySetters = EmailRenderer.builder().maxBytes(6_000).shortenedNote("Cut <short>.")
        .fullBriefingTitle("All of it").fullBriefing(b -> FULL).build().email(SEED);
    Email byKit = EmailRenderer.builder().maxBytes(6_000)
        .shortening(Shortening.of("Cut <short>.").withLinkTitle("All of it").withLink(b -> FULL)).build().email(SEED);

    assertThat(byKit.html()).isEqualTo(bySetters.html()).contains("All of it");
    assertThat(byKit.text()).isEqualTo(bySetters.text());
  }

  @Test
  void theTitleAndTheSignalAreKeptEvenOverTheLimitAndTheWarningSaysSo() {
    Briefing huge = SEED.withSignal("Long signal words. ".repeat(1_000)); // invalid: over 5,000 characters

    Email email = EmailRenderer.builder().maxBytes(8_000).build().email(huge);

    assertThat(email.html()).contains("Long signal words.");
    assertThat(email.htmlBytes()).isGreaterThan(8_000);
    assertThat(email.warnings()).singleElement().asString().contains("Still over the limit");
  }

  @Test
  void aLimitSmallerThanTheDocumentIsRefused() {
    assertThatThrownBy(() -> EmailRenderer.builder().maxBytes(3_999))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 4000");
  }

  @ParameterizedTest
  @MethodSource("generated")
  void everyValidBriefingFitsTheLimit(Briefing briefing) {
    assertThat(EmailRenderer.standard().email(briefing).htmlBytes()).isLessThanOrEqualTo(EmailRenderer.DEFAULT_MAX_BYTES);
  }

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(100, 102);
  }

  /** UTF-8 lengths as the JDK's encoder counts them. */
  private static final class Utf8Bytes {
    static int of(String text) {
      return text.getBytes(StandardCharsets.UTF_8).length;
    }
  }
}
