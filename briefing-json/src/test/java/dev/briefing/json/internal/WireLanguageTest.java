package dev.briefing.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireLanguageTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "zh-Hant-TW", "sr-Latn-RS", "ja-JP-u-ca-japanese", "th-TH-u-nu-thai",
      "ja-JP-x-lvariant-JP", "en-US-x-lvariant-POSIX", "de-CH-1996", "i-klingon", "art-lojban", "sgn-BE-FR",
      "zh-min-nan", "EN-gb", "x-private", "und"})
  void aWellFormedTagReadsAsForLanguageTagReadsItTheFirstTimeAndEveryTimeAfter(String tag) {
    Locale expected = Locale.forLanguageTag(tag);

    assertThat(WireLanguage.parse(tag)).isEqualTo(expected);
    assertThat(WireLanguage.parse(tag)).isEqualTo(expected);
    assertThat(WireLanguage.parse(new String(tag))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "englishes", "en_GB", "en-", "-en", "en--GB", "en-GB-", "123", "en-a", "🙂"})
  void anIllFormedTagIsRefusedTheFirstTimeAndEveryTimeAfter(String tag) {
    assertThat(WireLanguage.parse(tag)).isNull();
    assertThat(WireLanguage.parse(tag)).isNull();
  }

  @Test
  void manyDistinctTagsAllReadAfterTheCacheIsFull() {
    IntStream.range(0, 1_000).forEach(i -> {
      String tag = "en-x-" + Integer.toString(i, 36) + "abc";
      assertThat(WireLanguage.parse(tag)).as(tag).isEqualTo(Locale.forLanguageTag(tag));
    });
    assertThat(WireLanguage.parse("fr-CA")).isEqualTo(Locale.CANADA_FRENCH);
  }

  @Test
  void aTagLongerThanAHundredCharactersIsRefused() {
    assertThat(WireLanguage.parse("en-x-" + "abcdefgh-".repeat(11) + "a")).isNull();
  }
}
