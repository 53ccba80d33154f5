package dev.briefing.hardening.chat;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpora in every text field of the chat formats: the Big List of Naughty
 * Strings and our cross-site scripting vectors never become mrkdwn, a mention or a link in
 * Slack, nor Markdown or an action in a card; URL vectors as sources link only when http or
 * https; generated hostile briefings render safely too.
 */
class ChatInjectionTest {

  static Stream<Arguments> fields() {
    return Stream.of(TextField.values()).map(Arguments::of);
  }

  static Stream<Arguments> editorialFields() {
    return Stream.of(EditorialField.values()).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editorialFields")
  void noNaughtyStringOrXssVectorInAModel11PartBecomesMarkup(EditorialField field) {
    for (String naughty : NaughtyStrings.load()) {
      ChatExposure.check(field.put(BenignBriefing.create(), naughty), naughty);
    }
    for (String vector : XssVectors.text()) {
      ChatExposure.check(field.put(BenignBriefing.create(), vector), vector);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void noNaughtyStringBecomesMarkupMentionLinkOrAction(TextField field) {
    for (String naughty : NaughtyStrings.load()) {
      ChatExposure.check(field.put(BenignBriefing.create(), naughty), naughty);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void noXssVectorBecomesMarkupMentionLinkOrAction(TextField field) {
    for (String vector : XssVectors.text()) {
      ChatExposure.check(field.put(BenignBriefing.create(), vector), vector);
    }
  }

  @Test
  void aSourceLinksOrOpensOnlyWhenItsAddressIsHttpOrHttps() {
    for (URI url : XssVectors.urls()) {
      Briefing base = BenignBriefing.create();
      ChatExposure.check(base.withMetadata(Metadata.builder().from(base.metadata())
          .sources(List.of(Source.of("Source title", url))).build()), "Source title");
    }
  }

  @Test
  void generatedHostileBriefingsRenderWithoutMarkup() {
    BriefingGenerator.hostileBriefings(300, 77L).forEach(b -> ChatExposure.check(b, b.signal()));
  }

  @Test
  void generatedHostileBriefingsWithTheModel11PartsRenderWithoutMarkup() {
    BriefingGenerator.hostileEditorialBriefings(300, 79L).forEach(b -> ChatExposure.check(b, b.signal()));
  }
}
