package dev.briefing.hardening.email;

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
 * The hostile corpora in every text field of the email format: the Big List of Naughty
 * Strings and our cross-site scripting vectors never become an element, attribute, style or
 * link in the email's HTML, and a valid briefing shows them as written; URL vectors as sources
 * link only when http, https or mailto; generated hostile briefings render safely too.
 */
class EmailInjectionTest {

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
      EmailExposure.check(field.put(BenignBriefing.create(), naughty), naughty);
    }
    for (String vector : XssVectors.text()) {
      EmailExposure.check(field.put(BenignBriefing.create(), vector), vector);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void noNaughtyStringBecomesMarkup(TextField field) {
    for (String naughty : NaughtyStrings.load()) {
      EmailExposure.check(field.put(BenignBriefing.create(), naughty), naughty);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void noXssVectorBecomesMarkup(TextField field) {
    for (String vector : XssVectors.text()) {
      EmailExposure.check(field.put(BenignBriefing.create(), vector), vector);
    }
  }

  @Test
  void aSourceLinksOnlyWhenItsAddressIsHttpHttpsOrMailto() {
    for (URI url : XssVectors.urls()) {
      Briefing base = BenignBriefing.create();
      EmailExposure.check(base.withMetadata(Metadata.builder().from(base.metadata())
          .sources(List.of(Source.of("Source title", url))).build()), "Source title");
    }
  }

  @Test
  void generatedHostileBriefingsRenderWithoutMarkup() {
    BriefingGenerator.hostileBriefings(300, 78L).forEach(b -> EmailExposure.check(b, b.signal()));
  }

  @Test
  void generatedHostileBriefingsWithTheModel11PartsRenderWithoutMarkup() {
    BriefingGenerator.hostileEditorialBriefings(300, 80L).forEach(b -> EmailExposure.check(b, b.signal()));
  }
}
