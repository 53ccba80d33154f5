package dev.briefing.hardening.text;

import dev.briefing.core.Briefing;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.hardening.corpus.XssVectors;
import dev.briefing.hardening.support.BenignBriefing;
import dev.briefing.hardening.support.Exposure;
import dev.briefing.hardening.support.TextField;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our cross-site scripting vectors in every text field and as source URLs: nothing they hold
 * becomes markup, a script, a style or a link with another scheme, in any format.
 */
class XssVectorsTest {

  static Stream<Arguments> fields() {
    return Stream.of(TextField.values()).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("fields")
  void noTextVectorBecomesMarkup(TextField field) {
    for (String vector : XssVectors.text()) {
      Exposure.check(field.put(BenignBriefing.create(), vector), vector);
    }
  }

  @Test
  void noUrlVectorBecomesAnUnsafeLink() {
    for (URI url : XssVectors.urls()) {
      Briefing base = BenignBriefing.create();
      Briefing hostile = base.withMetadata(Metadata.builder().from(base.metadata())
          .sources(List.of(Source.of("Source title", url))).build());
      Exposure.check(hostile, "Source title");
    }
  }
}
