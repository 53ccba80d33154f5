package dev.briefing.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feed formats as a user finds them through ServiceLoader: written only, many briefings each. */
class FeedFormatsTest {

  @ParameterizedTest
  @CsvSource({
      "atom,     application/atom+xml,  .atom,      weekly.atom",
      "rss,      application/rss+xml,   .rss,       weekly.rss",
      "jsonfeed, application/feed+json, .feed.json, weekly.feed.json"})
  void eachFeedFormatIsFoundByNameMediaTypeAndFileName(String name, String mediaType, String extension, String file) {
    FormatRegistry formats = FormatRegistry.loadDefault();
    BriefingFormat format = formats.byName(name);

    assertThat(format.mediaType()).isEqualTo(mediaType);
    assertThat(format.extensions()).isEqualTo(List.of(extension));
    assertThat(format.multiDocument()).isTrue();
    assertThat(format.renderer()).isPresent();
    assertThat(format.parser()).isEmpty();
    assertThat(formats.byMediaType(mediaType)).isSameAs(format);
    assertThat(formats.forFileName(file)).isSameAs(format);
    assertThat(format).hasToString(format.getClass().getSimpleName() + "[" + mediaType + "]");
  }
}
