package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlTest {

  @ParameterizedTest
  @CsvSource({
    "https://example.com/, https://example.com/",
    "HTTP://Example.COM/a/./b/../c, http://example.com/a/c",
    "https://example.com/a%20b#frag, https://example.com/a%20b#frag",
    "MailTo:desk@example.com, mailto:desk@example.com",
  })
  void httpHttpsAndMailtoAreNormalised(String url, String expected) {
    assertThat(SafeLinks.of(URI.create(url))).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "https://EVIL.com@EVIL.com/, https://EVIL.com@evil.com/",
    "https://User:Example.COM@Example.COM:8080/Example.COM?q=Example.COM#Example.COM,"
        + " https://User:Example.COM@example.com:8080/Example.COM?q=Example.COM#Example.COM",
    "HTTP://[::1]:80/A, http://[::1]:80/A",
  })
  void onlyTheHostIsLowerCasedWhereverItsTextAlsoAppears(String url, String expected) {
    assertThat(SafeLinks.of(URI.create(url))).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"https://example.com/café/../b, true", "javascript:alert(1), false", "MAILTO:desk@example.com, true"})
  void allowsWhatItWouldLink(String url, boolean allowed) {
    assertThat(SafeLinks.allows(URI.create(url))).isEqualTo(allowed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:x",
      "file:///etc/passwd", "/relative", "//example.com/x", "http:opaque", "https:///nohost"})
  void everythingElseIsRefused(String url) {
    assertThat(SafeLinks.of(URI.create(url))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"https://example.com/パス, https://example.com/%E3%83%91%E3%82%B9"})
  void nonAsciiPathIsPercentEncoded(String url, String expected) {
    assertThat(SafeLinks.of(URI.create(url))).contains(expected);
  }
}
