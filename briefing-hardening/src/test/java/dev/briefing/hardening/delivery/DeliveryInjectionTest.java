package dev.briefing.hardening.delivery;

import dev.briefing.core.Briefing;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.hardening.corpus.NaughtyStrings;
import dev.briefing.hardening.corpus.XssVectors;
import dev.briefing.hardening.support.BenignBriefing;
import dev.briefing.hardening.support.EditorialField;
import dev.briefing.hardening.support.TextField;
import java.net.URI;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpora in every text field of the formats a briefing is delivered in, each read
 * back by its own oracle: the Big List of Naughty Strings and our cross-site scripting vectors
 * never become mrkdwn, a mention or a link in Slack, Markdown or an action in a card
 * ({@link ChatExposure}), nor an element, attribute, style or link in an email's HTML ({@link
 * EmailExposure}); a valid briefing shows them as written; URL vectors as sources link only where
 * the format's link policy allows; generated hostile briefings render safely too.
 */
class DeliveryInjectionTest {

  /** A delivery format and the oracle that reads what it writes. */
  enum Delivery {
    CHAT(ChatExposure::check, 77L),
    EMAIL(EmailExposure::check, 78L);

    private final BiConsumer<Briefing, String> oracle;
    /** Each delivery gets generated briefings of its own, so the two together try more shapes. */
    private final long seed;

    Delivery(BiConsumer<Briefing, String> oracle, long seed) {
      this.oracle = oracle;
      this.seed = seed;
    }

    void check(Briefing briefing, String hostileText) {
      oracle.accept(briefing, hostileText);
    }
  }

  static Stream<Arguments> textFields() {
    return everyDeliveryWith(TextField.values());
  }

  static Stream<Arguments> editorialFields() {
    return everyDeliveryWith(EditorialField.values());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("textFields")
  void noNaughtyStringOrXssVectorInATextFieldBecomesMarkup(Delivery delivery, TextField field) {
    everyHostileString(delivery, field::put);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("editorialFields")
  void noNaughtyStringOrXssVectorInAModel11PartBecomesMarkup(Delivery delivery, EditorialField field) {
    everyHostileString(delivery, field::put);
  }

  @ParameterizedTest
  @EnumSource(Delivery.class)
  void aSourceLinksOnlyWhenTheLinkPolicyAllowsItsAddress(Delivery delivery) {
    for (URI url : XssVectors.urls()) {
      Briefing base = BenignBriefing.create();
      delivery.check(base.withMetadata(Metadata.builder().from(base.metadata())
          .sources(List.of(Source.of("Source title", url))).build()), "Source title");
    }
  }

  @ParameterizedTest
  @EnumSource(Delivery.class)
  void generatedHostileBriefingsRenderWithoutMarkup(Delivery delivery) {
    BriefingGenerator.hostileBriefings(300, delivery.seed).forEach(b -> delivery.check(b, b.signal()));
  }

  @ParameterizedTest
  @EnumSource(Delivery.class)
  void generatedHostileBriefingsWithTheModel11PartsRenderWithoutMarkup(Delivery delivery) {
    BriefingGenerator.hostileEditorialBriefings(300, delivery.seed + 2).forEach(b -> delivery.check(b, b.signal()));
  }

  private static void everyHostileString(Delivery delivery, BiFunction<Briefing, String, Briefing> put) {
    for (String naughty : NaughtyStrings.load()) {
      delivery.check(put.apply(BenignBriefing.create(), naughty), naughty);
    }
    for (String vector : XssVectors.text()) {
      delivery.check(put.apply(BenignBriefing.create(), vector), vector);
    }
  }

  private static Stream<Arguments> everyDeliveryWith(Object[] fields) {
    return Stream.of(Delivery.values()).flatMap(d -> Stream.of(fields).map(f -> Arguments.of(d, f)));
  }
}
